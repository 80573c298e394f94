namespace CrmSpm.Salesforce.Config;

public enum AuthMode
{
    JwtBearer,
    ClientCredentials,
    RefreshToken,
}
