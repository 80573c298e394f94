using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Rep-level coaching from the recompute: a low-adoption task for the rep's manager, recognition as a post on the rep's
/// record. The scorecard's tip state makes a rerun of the same period write nothing new.
/// </summary>
public sealed class RepCoaching
{
    private readonly TipPlanner _planner;
    private readonly TipWriter _tips;
    private readonly IOrganizationService _service;

    public RepCoaching(TipPlanner planner, TipWriter tips, IOrganizationService service)
    {
        _planner = planner;
        _tips = tips;
        _service = service;
    }

    /// <summary>Writes the rep's new tips and returns the tip state JSON to store on the scorecard (null when unchanged).</summary>
    public string? Apply(Guid repId, string period, IEnumerable<CoachingTip> repTips, Entity? currentCard, DateTime now)
    {
        var tips = repTips.ToList();
        var state = JsonColumn.Read<List<TipStateEntry>>(currentCard?.GetAttributeValue<string>(ScorecardColumns.TipState)) ?? new List<TipStateEntry>();
        var firing = new HashSet<string>(tips.Select(t => t.RuleId));
        var verdict = new DealCoachingResult
        {
            Tips = tips,
            ClearedKeys = CoachingRuleCatalogue.RepRules.Where(r => !firing.Contains(r.Id)).Select(r => TipKeys.ForRep(r.Id, repId.ToString(), period)).ToList(),
        };
        var plan = _planner.Plan(state, verdict, now);
        var rep = new EntityReference(SystemUserColumns.EntityName, repId);
        foreach (var raise in plan.ToRaise)
        {
            var tip = raise.Key;
            if (tip.RuleId == RuleIds.Recognition)
            {
                _service.Create(new Entity(PostColumns.EntityName)
                {
                    [PostColumns.Text] = tip.Title + ": " + tip.Message,
                    [PostColumns.RegardingObjectId] = rep,
                    [PostColumns.Source] = new OptionSetValue(PostColumns.SourceAutoPost),
                });
                continue;
            }

            // A rep-level tip is the manager's to act on: regarding and owned by the manager (the rep without one).
            var assignee = Guid.TryParse(tip.AssigneeId, out var id) && id != Guid.Empty ? new EntityReference(SystemUserColumns.EntityName, id) : rep;
            _tips.Raise(tip, assignee, assignee, raise.Value);
        }

        foreach (var key in plan.ToClose.Where(k => !k.StartsWith(RuleIds.Recognition + "|", StringComparison.Ordinal)))
        {
            _tips.Close(key);
        }

        return plan.StateChanged ? JsonColumn.Write(state) : null;
    }
}
