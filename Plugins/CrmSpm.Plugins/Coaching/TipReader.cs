using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Reads tips' tasks by their derived ids in one query, for callers that did not get them joined to the deal (the
/// nightly recompute). RetrieveMultiple: a deleted tip is simply absent, never a fault.
/// </summary>
public sealed class TipReader
{
    /// <summary>Ids per query, well below the platform's limit on values in one condition.</summary>
    public const int IdsPerQuery = 500;

    private readonly IOrganizationService _service;

    public TipReader(IOrganizationService service)
    {
        _service = service;
    }

    public Dictionary<Guid, ExistingTip> Read(IEnumerable<Guid> taskIds)
    {
        var found = new Dictionary<Guid, ExistingTip>();
        var ids = taskIds.Distinct().ToList();
        for (var start = 0; start < ids.Count; start += IdsPerQuery)
        {
            var chunk = ids.Skip(start).Take(IdsPerQuery).Cast<object>().ToArray();
            var query = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(ExistingTip.Columns) };
            query.Criteria.AddCondition(CoachingTipColumns.Id, ConditionOperator.In, chunk);
            foreach (var task in _service.RetrieveMultiple(query).Entities)
            {
                found[task.Id] = ExistingTip.From(task);
            }
        }

        return found;
    }
}
