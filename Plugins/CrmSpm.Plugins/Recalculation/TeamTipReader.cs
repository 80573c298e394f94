using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The tip tasks of a team's deals and scorecards, read with the team's load: one query per chunk of
/// <see cref="TeamActivityReader.DealsPerQuery"/> record ids on the indexed regarding column (plus one per further
/// 5,000 rows), every state, only our tips (tip key set). A deal or rep then plans its tips without a read of its
/// own. A tip is its record's when it regards it, as in a deal event's joined read (<see cref="Deals.DealContextReader"/>).
/// </summary>
public sealed class TeamTipReader
{
    private static readonly string[] Columns = ExistingTip.Columns.Concat(new[] { ActivityColumns.RegardingObjectId }).ToArray();

    private readonly PagedReader _reader;

    public TeamTipReader(PagedReader reader)
    {
        _reader = reader;
    }

    /// <summary>The tip tasks regarding each of <paramref name="recordIds"/>, by record id then task id; a record without tips is absent.</summary>
    public Dictionary<Guid, Dictionary<Guid, ExistingTip>> ByRegarding(IReadOnlyList<Guid> recordIds)
    {
        var byRecord = new Dictionary<Guid, Dictionary<Guid, ExistingTip>>();
        for (var start = 0; start < recordIds.Count; start += TeamActivityReader.DealsPerQuery)
        {
            var chunk = recordIds.Skip(start).Take(TeamActivityReader.DealsPerQuery).Cast<object>().ToArray();
            var query = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(Columns) };
            query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, ConditionOperator.In, chunk);
            query.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);
            query.AddOrder(CoachingTipColumns.Id, OrderType.Ascending);
            foreach (var task in _reader.ReadAll(query))
            {
                var regarding = task.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId);
                if (regarding == null)
                {
                    continue;
                }

                if (!byRecord.TryGetValue(regarding.Id, out var tips))
                {
                    byRecord[regarding.Id] = tips = new Dictionary<Guid, ExistingTip>();
                }

                tips[task.Id] = ExistingTip.From(task);
            }
        }

        return byRecord;
    }
}
