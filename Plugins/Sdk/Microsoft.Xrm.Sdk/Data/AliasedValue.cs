namespace Microsoft.Xrm.Sdk;

// Contract §1.6: a linked table's column in a query result, under the key "alias.column".
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
