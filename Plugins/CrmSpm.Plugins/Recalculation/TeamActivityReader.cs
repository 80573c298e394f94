using System;
using System.Collections.Generic;
using CrmSpm.Plugins.Activities;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The completed activities of a team's deals, read from the activity tables themselves (the truth the deals' touch
/// logs only cache). Per activity table, one query per chunk of <see cref="DealsPerQuery"/> deal ids on the regarding
/// column, which is indexed (a join filtered on the deal's business unit would make the store match every activity
/// of the table for each team): 4 round trips per 500 deals, plus one per further 5,000 rows.
/// </summary>
public sealed class TeamActivityReader
{
    /// <summary>Ids per <c>In</c> condition: well under SQL Server's 2,100 parameters per statement.</summary>
    public const int DealsPerQuery = 500;

    private readonly PagedReader _reader;

    public TeamActivityReader(PagedReader reader)
    {
        _reader = reader;
    }

    /// <summary>The touches of the given deals, by deal id; a deal without completed activities is absent.</summary>
    public Dictionary<Guid, List<TouchEntry>> CompletedByDeal(IReadOnlyList<Guid> dealIds, DateTime asOf)
    {
        var byDeal = new Dictionary<Guid, List<TouchEntry>>();
        for (var start = 0; start < dealIds.Count; start += DealsPerQuery)
        {
            var chunk = new object[Math.Min(DealsPerQuery, dealIds.Count - start)];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = dealIds[start + i];
            }

            foreach (var table in ActivityColumns.Tables)
            {
                Read(QueryFor(table, chunk), table, asOf, byDeal);
            }
        }

        return byDeal;
    }

    private void Read(QueryExpression query, string table, DateTime asOf, Dictionary<Guid, List<TouchEntry>> byDeal)
    {
        foreach (var row in _reader.ReadAll(query))
        {
            var deal = row.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId);
            if (deal == null)
            {
                continue;
            }

            if (!byDeal.TryGetValue(deal.Id, out var touches))
            {
                byDeal[deal.Id] = touches = new List<TouchEntry>();
            }

            touches.Add(TouchLog.Entry(row.Id, TouchedOn(row, asOf), ActivityTables.KindOf(table), null));
        }
    }

    private static QueryExpression QueryFor(string table, object[] dealIds)
    {
        var query = new QueryExpression(table)
        {
            ColumnSet = new ColumnSet(ActivityColumns.RegardingObjectId, ActivityColumns.ActualEnd, ActivityColumns.ModifiedOn, ActivityColumns.CreatedOn),
        };
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, ActivityState.Completed);
        if (table == CoachingTipColumns.EntityName)
        {
            query.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.Null); // Our tips are not touches.
        }

        query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, ConditionOperator.In, dealIds);
        query.AddOrder(ActivityColumns.ActivityId, OrderType.Ascending);
        return query;
    }

    /// <summary>
    /// When the activity touched the deal: its actual end, else when it was last saved (the event step uses the save's
    /// time when the end is missing), never later than the run's instant (a future date would make the deal look fresh).
    /// </summary>
    private static DateTime TouchedOn(Entity row, DateTime asOf)
    {
        var on = row.GetAttributeValue<DateTime?>(ActivityColumns.ActualEnd)
            ?? row.GetAttributeValue<DateTime?>(ActivityColumns.ModifiedOn)
            ?? row.GetAttributeValue<DateTime?>(ActivityColumns.CreatedOn)
            ?? asOf;
        return on < asOf ? on : asOf;
    }
}
