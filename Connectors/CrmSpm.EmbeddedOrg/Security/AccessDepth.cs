namespace CrmSpm.EmbeddedOrg.Security;

// How far a role's privilege on a table reaches (security role "depth"), ordered from none to everything.
public enum AccessDepth
{
    None = 0,
    User = 1,
    BusinessUnit = 2,
    Organization = 3,
}
