using CrmSpm.EmbeddedOrg.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// QueryByAttribute is an And of Equal conditions (Null for a null value) over one table (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybyattribute).
internal static class QueryByAttributeConverter
{
    public static QueryExpression ToQueryExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw OrgFaults.InvalidArgument($"QueryByAttribute has {query.Attributes.Count} attributes but {query.Values.Count} values.");
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet,
            PageInfo = query.PageInfo,
            TopCount = query.TopCount,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            var value = query.Values[i];
            expression.Criteria.AddCondition(value == null
                ? new ConditionExpression(query.Attributes[i], ConditionOperator.Null)
                : new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, value));
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
