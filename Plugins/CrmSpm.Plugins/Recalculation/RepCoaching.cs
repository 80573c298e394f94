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
/// record. A task cannot regard a <c>systemuser</c> (task.regardingobjectid's targets, Microsoft's task table reference),
/// so a rep-level tip regards the rep's scorecard for the period (activities are enabled on <c>crmspm_scorecard</c>,
/// docs/data-model.md). Planned before the scorecard is written (its tip state goes in the same write), written after
/// (the tip needs the row to regard). The scorecard's tip state makes a rerun of the same period write nothing new;
/// last period's tips still open are superseded (cancelled) when the period rolls.
/// </summary>
public sealed class RepCoaching
{
    private readonly TipPlanner _planner;
    private readonly TipWriter _tips;
    private readonly TipReader _reader;
    private readonly IOrganizationService _service;

    public RepCoaching(TipPlanner planner, TipWriter tips, TipReader reader, IOrganizationService service)
    {
        _planner = planner;
        _tips = tips;
        _reader = reader;
        _service = service;
    }

    /// <summary>What <see cref="Write"/> will do for one rep, and the tip state to store (null when unchanged).</summary>
    public sealed class Planned
    {
        internal TipPlan Plan { get; set; } = new TipPlan();
        internal Dictionary<Guid, ExistingTip> Existing { get; set; } = new Dictionary<Guid, ExistingTip>();
        internal List<ExistingTip> Superseded { get; set; } = new List<ExistingTip>();
        internal EntityReference Rep { get; set; } = new EntityReference();

        public string? TipStateJson { get; internal set; }
    }

    public Planned Plan(Guid repId, string period, IEnumerable<CoachingTip> repTips, Entity? currentCard, Entity? previousCard, DateTime now)
    {
        var tips = repTips.ToList();
        var stored = currentCard?.GetAttributeValue<string>(ScorecardColumns.TipState);
        var state = JsonColumn.Read<List<TipStateEntry>>(stored) ?? new List<TipStateEntry>();
        var firing = new HashSet<string>(tips.Select(t => t.RuleId));
        var verdict = new DealCoachingResult
        {
            Tips = tips,
            ClearedKeys = CoachingRuleCatalogue.RepRules.Where(r => !firing.Contains(r.Id)).Select(r => TipKeys.ForRep(r.Id, repId.ToString(), period)).ToList(),
        };

        // Last period's open tips: superseded by this period's.
        var previousPeriod = previousCard?.GetAttributeValue<string>(ScorecardColumns.Period);
        var previousKeys = previousPeriod == null || previousPeriod == period
            ? new List<string>()
            : (JsonColumn.Read<List<TipStateEntry>>(previousCard!.GetAttributeValue<string>(ScorecardColumns.TipState)) ?? new List<TipStateEntry>())
                .Where(e => e.Open && e.RuleId != RuleIds.Recognition).Select(e => TipKeys.ForRep(e.RuleId, repId.ToString(), previousPeriod)).ToList();

        Func<string, Guid> idOfRule = rule => TipIdentity.ForKey(TipKeys.ForRep(rule, repId.ToString(), period));
        var probe = _planner.Plan(TipPlanBudget.Copy(state), verdict, now);
        var existing = probe.IsEmpty && !state.Any(e => e.Open) && previousKeys.Count == 0
            ? new Dictionary<Guid, ExistingTip>()
            : _reader.Read(state.Select(e => idOfRule(e.RuleId)).Concat(tips.Select(t => TipIdentity.ForKey(t.Key))).Concat(previousKeys.Select(TipIdentity.ForKey)));
        TipReconciler.Reconcile(state.Where(e => e.RuleId != RuleIds.Recognition).ToList(), idOfRule, existing, now);
        var plan = _planner.Plan(state, verdict, now);
        var json = TipStateColumn.Write(state, ScorecardColumns.TipStateMaxLength);
        return new Planned
        {
            Plan = plan,
            Existing = existing,
            Superseded = previousKeys.Select(k => existing.TryGetValue(TipIdentity.ForKey(k), out var t) ? t : null).Where(t => t != null && t.IsOpen).ToList()!,
            Rep = new EntityReference(SystemUserColumns.EntityName, repId),
            TipStateJson = json == (stored ?? JsonColumn.Write(new List<TipStateEntry>())) ? null : json,
        };
    }

    /// <summary>Writes the planned tips, regarding <paramref name="scorecard"/> (the rep's card for the period).</summary>
    public void Write(Planned planned, EntityReference scorecard)
    {
        ExistingTip? ExistingOf(string key) => planned.Existing.TryGetValue(TipIdentity.ForKey(key), out var t) ? t : null;
        foreach (var raise in planned.Plan.ToRaise)
        {
            var tip = raise.Key;
            if (tip.RuleId == RuleIds.Recognition)
            {
                _service.Create(RecognitionPost.For(tip, planned.Rep)); // A post may regard a systemuser.
                continue;
            }

            _tips.Raise(tip, scorecard, AssigneeOf(tip, planned.Rep), raise.Value, ExistingOf(tip.Key));
        }

        foreach (var key in planned.Plan.ToClose.Where(k => !k.StartsWith(RuleIds.Recognition + "|", StringComparison.Ordinal)))
        {
            _tips.Close(ExistingOf(key));
        }

        foreach (var tip in planned.Plan.ToRefresh.Where(t => t.RuleId != RuleIds.Recognition))
        {
            _tips.Refresh(tip, AssigneeOf(tip, planned.Rep), ExistingOf(tip.Key));
        }

        foreach (var old in planned.Superseded)
        {
            _tips.Supersede(old);
        }
    }

    // A rep-level tip is the manager's to act on (the rep's when they have no manager).
    private static EntityReference AssigneeOf(CoachingTip tip, EntityReference rep) =>
        Guid.TryParse(tip.AssigneeId, out var id) && id != Guid.Empty ? new EntityReference(SystemUserColumns.EntityName, id) : rep;
}
