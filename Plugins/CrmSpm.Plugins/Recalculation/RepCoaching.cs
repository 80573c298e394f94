using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
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
        internal TipActionPlan Plan { get; set; } = new TipActionPlan(new TipAction[0], new DeferredTip[0]);
        internal Dictionary<Guid, ExistingTip> Existing { get; set; } = new Dictionary<Guid, ExistingTip>();
        internal EntityReference Rep { get; set; } = new EntityReference();

        public string? TipStateJson { get; internal set; }

        /// <summary>The card's recognition ledger with this run's claims, to store with the card; null when unchanged.</summary>
        public string? RecognitionsJson { get; internal set; }

        /// <summary>The recognitions claimed in <see cref="RecognitionsJson"/>: the only ones <see cref="Write"/> posts.</summary>
        internal List<CoachingTip> Recognitions { get; set; } = new List<CoachingTip>();
    }

    /// <param name="known">The tip tasks regarding the rep's cards, already read; null reads the ones in scope by id.</param>
    public Planned Plan(Guid repId, string period, IEnumerable<CoachingTip> repTips, Entity? currentCard, Entity? previousCard, DateTime now,
        Dictionary<Guid, ExistingTip>? known = null)
    {
        var tips = repTips.ToList();
        var rep = repId.ToString();
        var stored = currentCard?.GetAttributeValue<string>(ScorecardColumns.TipState);
        var state = JsonColumn.Read<List<TipStateEntry>>(stored) ?? new List<TipStateEntry>();
        Func<string, string> keyOf = rule => TipKeys.ForRep(rule, rep, period);

        // Last period's open tips are in scope too: Core's policy supersedes them (recognitions are posts, never cancelled).
        var previousPeriod = previousCard?.GetAttributeValue<string>(ScorecardColumns.Period);
        var previous = previousPeriod == null || previousPeriod == period
            ? new List<TipStateEntry>()
            : (JsonColumn.Read<List<TipStateEntry>>(previousCard!.GetAttributeValue<string>(ScorecardColumns.TipState)) ?? new List<TipStateEntry>())
                .Where(e => e.Open && e.RuleId != RuleIds.Recognition).ToList();
        Func<string, string> previousKeyOf = rule => TipKeys.ForRep(rule, rep, previousPeriod!);
        var scope = state.Select(e => new KeyValuePair<string, TipStateEntry>(keyOf(e.RuleId), e))
            .Concat(previous.Select(e => new KeyValuePair<string, TipStateEntry>(previousKeyOf(e.RuleId), e))).ToList();

        var probe = _planner.Plan(scope, tips, _ => null, _ => null, rep, now, period);
        var existing = known ?? (!probe.Writes.Any() && !scope.Any(e => e.Value.Open)
            ? new Dictionary<Guid, ExistingTip>()
            : _reader.Read(scope.Select(e => TipIdentity.ForKey(e.Key)).Concat(tips.Select(t => TipIdentity.ForKey(t.Key)))));
        Func<string, ExistingTip?> existingOf = key => existing.TryGetValue(TipIdentity.ForKey(key), out var t) ? t : null;
        TipReconciler.Reconcile(state.Where(e => e.RuleId != RuleIds.Recognition).ToList(), rule => TipIdentity.ForKey(keyOf(rule)), existing, now);
        TipReconciler.Reconcile(previous, rule => TipIdentity.ForKey(previousKeyOf(rule)), existing, now);
        var repRef = new EntityReference(SystemUserColumns.EntityName, repId);
        var plan = _planner.Plan(scope, tips, existingOf, tip => AssigneeOf(tip, repRef), rep, now, period);
        TipPlanner.Apply(plan, state, keyOf);
        var json = TipStateColumn.Write(state, ScorecardColumns.TipStateMaxLength);
        var planned = new Planned
        {
            Plan = plan,
            Existing = existing,
            Rep = repRef,
            TipStateJson = json == (stored ?? JsonColumn.Write(new List<TipStateEntry>())) ? null : json,
        };
        ClaimRecognitions(planned, currentCard?.GetAttributeValue<string>(ScorecardColumns.Recognitions));
        return planned;
    }

    // A recognition the policy raises (or resurfaces) is posted only when the card's ledger does not hold it yet: the
    // close step may have posted it, or an earlier run before the tip state lost its entry.
    private static void ClaimRecognitions(Planned planned, string? ledger)
    {
        foreach (var action in planned.Plan.Writes)
        {
            if (TipKeys.RuleOf(action.Key) == RuleIds.Recognition && (action.Kind == TipActionKind.Raise || action.Kind == TipActionKind.Resurface)
                && RecognitionLedger.Claim(ledger, action.Tip!) is { } claimed)
            {
                ledger = claimed;
                planned.RecognitionsJson = claimed;
                planned.Recognitions.Add(action.Tip!);
            }
        }
    }

    /// <summary>Writes the planned tips, regarding <paramref name="scorecard"/> (the rep's card for the period).</summary>
    public void Write(Planned planned, EntityReference scorecard)
    {
        ExistingTip? ExistingOf(string key) => planned.Existing.TryGetValue(TipIdentity.ForKey(key), out var t) ? t : null;
        foreach (var action in planned.Plan.Writes)
        {
            if (TipKeys.RuleOf(action.Key) == RuleIds.Recognition)
            {
                continue; // Posted below when claimed; a post is never rewritten or closed.
            }

            var existing = ExistingOf(action.Key);
            switch (action.Kind)
            {
                case TipActionKind.Raise:
                case TipActionKind.Resurface:
                    _tips.Raise(action.Tip!, scorecard, AssigneeOf(action.Tip!, planned.Rep), action.After.ShowCount, existing);
                    break;
                case TipActionKind.Refresh:
                    _tips.Refresh(action.Tip!, AssigneeOf(action.Tip!, planned.Rep), existing);
                    break;
                case TipActionKind.Supersede:
                    _tips.Supersede(existing);
                    break;
                default:
                    _tips.Close(existing);
                    break;
            }
        }

        foreach (var recognition in planned.Recognitions)
        {
            _service.Create(RecognitionPost.For(recognition, planned.Rep)); // A post may regard a systemuser.
        }
    }

    // A rep-level tip is the manager's to act on (the rep's when they have no manager).
    private static EntityReference AssigneeOf(CoachingTip tip, EntityReference rep) =>
        Guid.TryParse(tip.AssigneeId, out var id) && id != Guid.Empty ? new EntityReference(SystemUserColumns.EntityName, id) : rep;
}
