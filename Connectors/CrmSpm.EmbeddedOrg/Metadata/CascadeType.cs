namespace CrmSpm.EmbeddedOrg.Metadata;

// CascadeConfiguration.Delete of a one-to-many relationship
// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior).
public enum CascadeType
{
    NoCascade,
    Cascade,
    RemoveLink,
    Restrict,
}
