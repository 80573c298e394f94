namespace CrmSpm.EmbeddedOrg.Security;

// How far a role's privilege on a table reaches (security role "access level"), from none to everything:
// User (Basic), Business Unit (Local), Parent: Child Business Units (Deep), Organization (Global)
// (https://learn.microsoft.com/power-platform/admin/security-roles-privileges).
public enum AccessDepth
{
    None = 0,
    User = 1,
    BusinessUnit = 2,
    ParentChildBusinessUnits = 3,
    Organization = 4,
}
