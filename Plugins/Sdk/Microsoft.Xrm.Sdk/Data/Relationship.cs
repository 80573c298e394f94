namespace Microsoft.Xrm.Sdk;

// Contract §1.6.
public sealed class Relationship
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }
}
