namespace CrmSpm.EmbeddedOrg.Metadata;

// A one-to-many relationship: rows of ReferencingTable point at ReferencedTable through ReferencingColumn; what
// Delete and Assign of the referenced row do to them.
public sealed record RelationshipDefinition(
    string Name, string ReferencedTable, string ReferencingTable, string ReferencingColumn, CascadeType CascadeDelete, CascadeType CascadeAssign = CascadeType.NoCascade);
