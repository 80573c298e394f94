namespace CrmSpm.EmbeddedOrg.Metadata;

// CascadeConfiguration values of a one-to-many relationship (Delete and Assign are enforced)
// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior):
// Active cascades to open (statecode 0) rows only, UserOwned to rows the parent's previous owner owns.
public enum CascadeType
{
    NoCascade,
    Cascade,
    RemoveLink,
    Restrict,
    Active,
    UserOwned,
}
