namespace Microsoft.Xrm.Sdk.Query;

// Attributes[i] must equal Values[i] for every i (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybyattribute).
public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
        : this(null)
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    public string EntityName { get; set; }

    public DataCollection<string> Attributes { get; private set; }

    public DataCollection<object> Values { get; private set; }

    public PagingInfo PageInfo { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }
}
