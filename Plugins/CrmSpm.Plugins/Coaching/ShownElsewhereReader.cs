using System;
using System.ServiceModel;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// The save path's count for the weekly tip cap (docs/plugins.md, "Weekly tip cap"): the tips shown to a rep in the
/// last 7 days on their other deals, in ONE query: the rep's other opportunities modified in the window (a tip shown
/// then was written with its deal, so its deal's <c>modifiedon</c> is in the window too), only their tip state. Plain
/// conditions on columns the solution declares, so Dataverse and the embedded org answer it rather than refuse it.
/// </summary>
public sealed class ShownElsewhereReader
{
    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;

    public ShownElsewhereReader(IOrganizationService service, ITracingService tracing)
    {
        _service = service;
        _tracing = tracing;
    }

    /// <summary>
    /// The count, or null when the query faulted (traced): the caller then counts the deal's own tips only. Inside the
    /// rep's transaction Dataverse dooms the save on a faulted call even when caught, so the query is built not to fault.
    /// </summary>
    public int? Count(Guid ownerId, Guid dealId, DateTime now)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.TipState) };
        query.Criteria.AddCondition(OpportunityColumns.OwnerId, ConditionOperator.Equal, ownerId);
        query.Criteria.AddCondition(OpportunityColumns.Id, ConditionOperator.NotEqual, dealId);
        query.Criteria.AddCondition(OpportunityColumns.ModifiedOn, ConditionOperator.GreaterEqual, now - TipBudget.Week);
        EntityCollection rows;
        try
        {
            rows = _service.RetrieveMultiple(query);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            _tracing.Trace("Weekly tip cap: the rep's other deals could not be read ({0}); counting this deal's tips only.", fault.Detail?.Message ?? fault.Message);
            return null;
        }

        var shown = 0;
        foreach (var row in rows.Entities)
        {
            shown += ShownThisWeek.In(row.GetAttributeValue<string>(OpportunityColumns.TipState), now);
        }

        if (rows.MoreRecords)
        {
            // Over 5,000 deals touched in a week: the first page's count stands (a lower bound).
            _tracing.Trace("Weekly tip cap: more than one page of the rep's deals changed this week; counted the first {0}.", rows.Entities.Count);
        }

        return shown;
    }
}
