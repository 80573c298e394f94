namespace CrmSpm.Salesforce.Auth;

/// <summary>Form and JSON field names of the OAuth 2.0 token endpoint.</summary>
internal static class OAuthFields
{
    public const string TokenPath = "/services/oauth2/token";

    public const string GrantType = "grant_type";
    public const string ClientId = "client_id";
    public const string ClientSecret = "client_secret";
    public const string RefreshToken = "refresh_token";
    public const string Assertion = "assertion";

    public const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public const string ClientCredentialsGrant = "client_credentials";
    public const string RefreshTokenGrant = "refresh_token";

    public const string AccessToken = "access_token";
    public const string InstanceUrl = "instance_url";
    public const string Error = "error";
    public const string ErrorDescription = "error_description";
}
