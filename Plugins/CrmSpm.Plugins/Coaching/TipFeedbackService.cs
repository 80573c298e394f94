using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// A rep answered a tip (completed it, dismissed it, snoozed it): record the answer in the deal's tip state, which
/// spaced reinforcement reads to decide when the tip may come back. The task itself already holds the answer.
/// The answer is also on the task itself, which is what lets a later event restore it should this write be lost.
/// </summary>
public sealed class TipFeedbackService
{
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

    public TipFeedbackService(IOrganizationService service, IClock clock, ITracingService tracing)
    {
        _service = service;
        _clock = clock;
        _tracing = tracing;
    }

    /// <summary>Returns the outcome recorded, or null when the change was not an answer to a deal tip.</summary>
    public string? OnAnswered(Entity tip)
    {
        var ruleId = tip.GetAttributeValue<string>(CoachingTipColumns.RuleId);
        var deal = tip.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId);
        var outcome = OutcomeOf(tip);
        if (string.IsNullOrEmpty(ruleId) || deal == null || deal.LogicalName != OpportunityColumns.EntityName || outcome == null)
        {
            return null;
        }

        // The team's lock on our own row first (never an empty update of the deal, which would fire other
        // solutions' Update steps and stamp it as modified), then one read and one write of the deal's tip state:
        // two answers on one deal queue at the lock, so neither overwrites the other. A tip owned outside the deal's
        // team locks another row; the next event or recompute restores its answer from the task (TipReconciler).
        TeamLock.Take(_service, tip.GetAttributeValue<EntityReference>(ActivityColumns.OwningBusinessUnit));
        var row = ReadDeal(deal.Id);
        if (row == null)
        {
            return null; // A missing deal would make the update fault, and a fault fails the rep's save.
        }

        var state = JsonColumn.Read<List<TipStateEntry>>(row.GetAttributeValue<string>(OpportunityColumns.TipState)) ?? new List<TipStateEntry>();
        var entry = state.FirstOrDefault(e => e.RuleId == ruleId);
        if (entry == null)
        {
            entry = new TipStateEntry { RuleId = ruleId!, Shows = 1, LastShownOn = IsoDate.Write(_clock.UtcNow) };
            state.Add(entry);
        }

        entry.Outcome = outcome;
        entry.Open = outcome == TipOutcomes.Snoozed;
        entry.ClosedOn = entry.Open ? null : IsoDate.Write(_clock.UtcNow);
        var snoozedUntil = tip.GetAttributeValue<DateTime?>(CoachingTipColumns.SnoozedUntil);
        entry.SnoozedUntil = outcome == TipOutcomes.Snoozed && snoozedUntil.HasValue ? IsoDate.Write(snoozedUntil.Value) : null;

        _service.Update(new Entity(OpportunityColumns.EntityName, deal.Id) { [OpportunityColumns.TipState] = TipStateColumn.Write(state) });
        _tracing.Trace("Tip {0} on deal {1}: the rep answered '{2}'.", ruleId, deal.Id, outcome);
        return outcome;
    }

    private Entity? ReadDeal(Guid dealId)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.TipState), TopCount = 1 };
        query.Criteria.AddCondition(OpportunityColumns.Id, ConditionOperator.Equal, dealId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    /// <summary>The rep's explicit response wins; otherwise completing means done and cancelling means dismissed.</summary>
    public static string? OutcomeOf(Entity tip)
    {
        switch (tip.GetAttributeValue<OptionSetValue>(CoachingTipColumns.Response)?.Value)
        {
            case TipResponseChoice.Done: return TipOutcomes.Done;
            case TipResponseChoice.Dismissed: return TipOutcomes.Dismissed;
            case TipResponseChoice.Snoozed: return TipOutcomes.Snoozed;
        }

        switch (tip.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value)
        {
            case ActivityState.Completed: return TipOutcomes.Done;
            case ActivityState.Canceled: return TipOutcomes.Dismissed;
            default: return null;
        }
    }
}
