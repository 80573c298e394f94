using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Sorts records by the query's orders (root columns, then the orders of each link, by alias); ties and unordered
// queries fall back to insertion order, so results and paging are deterministic.
internal static class ResultOrderer
{
    public static List<QueryRecord> Sort(List<QueryRecord> records, IEnumerable<(string? Alias, OrderExpression Order)> orders)
    {
        var keys = orders.ToList();
        var sorted = records.ToList();
        sorted.Sort((a, b) =>
        {
            foreach (var (alias, order) in keys)
            {
                var compared = ValueComparer.CompareForSort(a.Get(alias, order.AttributeName), b.Get(alias, order.AttributeName));
                if (compared != 0)
                {
                    return order.OrderType == OrderType.Descending ? -compared : compared;
                }
            }

            return a.Root.Sequence.CompareTo(b.Root.Sequence);
        });
        return sorted;
    }

    public static IEnumerable<(string? Alias, OrderExpression Order)> OrdersOf(QueryExpression query, LinkJoiner joiner)
    {
        foreach (var order in query.Orders)
        {
            var alias = string.IsNullOrEmpty(order.Alias) ? order.EntityName : order.Alias;
            yield return (alias == query.EntityName ? null : alias, order);
        }

        foreach (var link in query.LinkEntities)
        {
            foreach (var order in LinkOrders(link, joiner))
            {
                yield return order;
            }
        }
    }

    private static IEnumerable<(string? Alias, OrderExpression Order)> LinkOrders(LinkEntity link, LinkJoiner joiner)
    {
        foreach (var order in link.Orders)
        {
            yield return (joiner.AliasOf(link), order);
        }

        foreach (var child in link.LinkEntities)
        {
            foreach (var order in LinkOrders(child, joiner))
            {
                yield return order;
            }
        }
    }
}
