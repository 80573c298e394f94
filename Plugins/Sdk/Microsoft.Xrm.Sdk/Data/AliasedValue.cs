namespace Microsoft.Xrm.Sdk;

// A linked table's column in a query result, under the key "alias.column" (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.aliasedvalue).
public sealed class AliasedValue
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    public string AttributeLogicalName { get; internal set; }

    public string EntityLogicalName { get; internal set; }

    public object Value { get; internal set; }
}
