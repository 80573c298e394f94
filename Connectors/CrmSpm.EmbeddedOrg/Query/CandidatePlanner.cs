using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Picks the rows a query must look at: when the top-level And filter pins the primary key or a lookup column to
// ids (Equal or In), only the indexed rows; otherwise every row. The full filter is still applied afterwards.
internal static class CandidatePlanner
{
    public static IEnumerable<Row> Candidates(Table table, FilterExpression? criteria)
    {
        if (criteria != null && (criteria.FilterOperator == LogicalOperator.And || criteria.Conditions.Count + criteria.Filters.Count == 1))
        {
            foreach (var condition in criteria.Conditions)
            {
                var ids = IndexedIds(table, condition);
                if (ids != null)
                {
                    return ids.Select(table.Find).Where(row => row != null).Select(row => row!);
                }
            }
        }

        return table.Rows;
    }

    private static IReadOnlyCollection<Guid>? IndexedIds(Table table, ConditionExpression condition)
    {
        if (!string.IsNullOrEmpty(condition.EntityName) && condition.EntityName != table.LogicalName)
        {
            return null;
        }

        if (condition.CompareColumns || (condition.Operator != ConditionOperator.Equal && condition.Operator != ConditionOperator.In))
        {
            return null;
        }

        var targets = new List<Guid>();
        foreach (var value in ConditionValues.Of(condition))
        {
            if (!TryGetId(value, out var id))
            {
                return null;
            }

            targets.Add(id);
        }

        if (targets.Count == 1)
        {
            return table.Lookup(condition.AttributeName, targets[0]);
        }

        var union = new HashSet<Guid>();
        foreach (var target in targets)
        {
            var ids = table.Lookup(condition.AttributeName, target);
            if (ids == null)
            {
                return null;
            }

            union.UnionWith(ids);
        }

        return union;
    }

    private static bool TryGetId(object? value, out Guid id)
    {
        switch (value)
        {
            case Guid guid:
                id = guid;
                return true;
            case EntityReference reference:
                id = reference.Id;
                return true;
            default:
                id = Guid.Empty;
                return false;
        }
    }
}
