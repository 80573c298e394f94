namespace CrmSpm.Salesforce.Config;

/// <summary>Property names of the sync's config file (docs/salesforce.md shows a full example).</summary>
internal static class ConfigKeys
{
    public const string Org = "org";
    public const string LoginUrl = "loginUrl";
    public const string ApiVersion = "apiVersion";

    public const string Auth = "auth";
    public const string Mode = "mode";
    public const string ClientId = "clientId";
    public const string Username = "username";
    public const string PrivateKeyFile = "privateKeyFile";
    public const string Audience = "audience";
    public const string ClientSecretVariable = "clientSecretVariable";
    public const string RefreshTokenVariable = "refreshTokenVariable";
    public const string RefreshTokenStore = "refreshTokenStore";

    public const string Objects = "objects";
    public const string Profile = "profile";
    public const string StateFile = "stateFile";
    public const string SettleSeconds = "settleSeconds";
    public const string QueryBatchSize = "queryBatchSize";
    public const string RequestTimeoutSeconds = "requestTimeoutSeconds";
    public const string TerritorySizeField = "territorySizeField";

    public const string JwtBearerMode = "jwtBearer";
    public const string ClientCredentialsMode = "clientCredentials";
    public const string RefreshTokenMode = "refreshToken";

    /// <summary>Keys that would hold a secret in clear; refused with a pointer to the *Variable keys.</summary>
    public static readonly string[] ForbiddenSecrets = { "clientSecret", "refreshToken", "privateKey", "password", "accessToken" };
}
