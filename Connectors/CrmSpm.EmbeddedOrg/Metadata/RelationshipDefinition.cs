namespace CrmSpm.EmbeddedOrg.Metadata;

// A one-to-many relationship: rows of ReferencingTable point at ReferencedTable through ReferencingColumn.
public sealed record RelationshipDefinition(string Name, string ReferencedTable, string ReferencingTable, string ReferencingColumn, CascadeType CascadeDelete);
