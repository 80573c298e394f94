using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Nested And/Or filters over a QueryRecord. A condition's EntityName names a link alias (or the root table).
internal static class FilterEvaluator
{
    public static bool Matches(FilterExpression? filter, QueryRecord record, string rootTable, QueryContext context)
    {
        if (filter == null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return true;
        }

        bool ConditionHolds(ConditionExpression condition)
        {
            var alias = condition.EntityName == rootTable && !record.HasAlias(rootTable) ? null : condition.EntityName;
            return ConditionEvaluator.Evaluate(condition, column => record.Get(alias, column), context);
        }

        bool ChildHolds(FilterExpression child) => Matches(child, record, rootTable, context);

        return filter.FilterOperator == LogicalOperator.Or
            ? filter.Conditions.Any(ConditionHolds) || filter.Filters.Any(ChildHolds)
            : filter.Conditions.All(ConditionHolds) && filter.Filters.All(ChildHolds);
    }

    // A link's own criteria: every condition refers to the linked row.
    public static bool MatchesRow(FilterExpression? filter, Store.Row row, QueryContext context)
    {
        if (filter == null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return true;
        }

        bool ConditionHolds(ConditionExpression condition) => ConditionEvaluator.Evaluate(condition, row.Get, context);
        bool ChildHolds(FilterExpression child) => MatchesRow(child, row, context);

        return filter.FilterOperator == LogicalOperator.Or
            ? filter.Conditions.Any(ConditionHolds) || filter.Filters.Any(ChildHolds)
            : filter.Conditions.All(ConditionHolds) && filter.Filters.All(ChildHolds);
    }
}
