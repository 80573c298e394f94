namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.relationship
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
