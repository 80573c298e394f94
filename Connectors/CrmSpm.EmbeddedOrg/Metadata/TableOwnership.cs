namespace CrmSpm.EmbeddedOrg.Metadata;

// EntityMetadata.OwnershipType: who a row belongs to, which decides how security depth applies.
public enum TableOwnership
{
    UserOwned,
    OrganizationOwned,
    BusinessOwned,
    None,
}
