using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Json;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Storage mapping around Core's <see cref="TipPolicy"/> (docs/scoring.md, "Tip policy"): a tip state (the deal's or
/// the scorecard's <c>crmspm_tipstate</c>) and the tasks as they are become the policy's stored tips; its decisions
/// come back as the entries to save (<see cref="Apply"/>) and the writes <see cref="TipWriter"/> makes. A task's
/// fingerprint is its subject, description and owner, so an open tip is rewritten only when one of them changed.
/// Recognitions are timeline posts, never rewritten: their fingerprint is constant.
/// </summary>
public sealed class TipPlanner
{
    private const string PostFingerprint = "post";

    private readonly ReinforcementSchedule _schedule;
    private readonly TipBudget _budget;

    public TipPlanner(IEnumerable<int>? reinforcementIntervalsDays, TipBudget? budget = null)
    {
        _schedule = new ReinforcementSchedule(reinforcementIntervalsDays);
        _budget = budget ?? TipBudget.Unlimited;
    }

    /// <summary>The planner a profile configures: its reinforcement intervals and its tip budget.</summary>
    public static TipPlanner For(ScoringProfile profile) => new TipPlanner(profile.Windows.ReinforcementIntervalsDays, TipBudget.From(profile));

    /// <summary>Decides what to write for one record's tips.</summary>
    /// <param name="stored">The stored entries in scope, each with its tip key.</param>
    /// <param name="existingOf">The task of a tip key as read, null when it does not exist (or was not read).</param>
    /// <param name="ownerOf">Who a tip's task is assigned to; null keeps the task's owner.</param>
    /// <param name="repId">The rep the record's tips are about, for the weekly cap.</param>
    /// <param name="shownElsewhere">Tips shown to <paramref name="repId"/> this week on other records (docs/plugins.md, "Weekly tip cap").</param>
    public TipActionPlan Plan(IEnumerable<KeyValuePair<string, TipStateEntry>> stored, IReadOnlyList<CoachingTip> tips,
        Func<string, ExistingTip?> existingOf, Func<CoachingTip, EntityReference?> ownerOf, string? repId, DateTime now,
        string? period = null, IEnumerable<DealReason>? reasons = null, int shownElsewhere = 0)
    {
        return TipPolicy.Plan(new TipPolicyInput
        {
            Now = now,
            Tips = tips,
            Stored = stored.Select(s => ToStored(s.Key, s.Value, existingOf(s.Key), repId)).ToList(),
            Schedule = _schedule,
            Budget = _budget,
            Period = period,
            ShownElsewhere = repId == null || shownElsewhere <= 0 ? null : new Dictionary<string, int>(StringComparer.Ordinal) { [repId] = shownElsewhere },
            Fingerprint = tip => IsPost(tip.RuleId) ? PostFingerprint
                : FingerprintOf(TipWriter.SubjectOf(tip), TipWriter.DescriptionOf(tip), ownerOf(tip)?.Id ?? existingOf(tip.Key)?.OwnerId),
            ReasonsOf = reasons == null ? null : (Func<string, IEnumerable<DealReason>?>)(_ => reasons),
        });
    }

    /// <summary>Saves each action's result in <paramref name="state"/>: only the keys <paramref name="keyOfRule"/> gives this state.</summary>
    public static void Apply(TipActionPlan plan, List<TipStateEntry> state, Func<string, string> keyOfRule)
    {
        foreach (var action in plan.Actions)
        {
            var rule = TipKeys.RuleOf(action.Key);
            if (keyOfRule(rule) != action.Key || action.Kind == TipActionKind.Refresh || action.Kind == TipActionKind.KeepSnoozed)
            {
                continue; // Another record's (or period's) tip, or one whose entry stays as it is (the text lives on the task).
            }

            var entry = state.FirstOrDefault(e => e.RuleId == rule);
            if (entry == null)
            {
                entry = new TipStateEntry { RuleId = rule };
                state.Add(entry);
            }

            var after = action.After;
            entry.Open = after.IsOpen;
            entry.Shows = after.ShowCount;
            entry.LastShownOn = after.LastSurfacedOn.HasValue ? IsoDate.Write(after.LastSurfacedOn.Value) : entry.LastShownOn;
            entry.Outcome = OutcomeOf(after.Status);
            entry.ClosedOn = after.ClosedOn.HasValue ? IsoDate.Write(after.ClosedOn.Value) : null;
            entry.SnoozedUntil = after.Status == StoredTipStatus.Snoozed && after.SnoozedUntil.HasValue ? IsoDate.Write(after.SnoozedUntil.Value) : null;
        }
    }

    /// <summary>A state entry and its task as Core's stored tip.</summary>
    public static StoredTip ToStored(string key, TipStateEntry entry, ExistingTip? task, string? repId) => new StoredTip
    {
        Key = key,
        RepId = repId,
        Status = StatusOf(entry),
        SnoozedUntil = IsoDate.Read(entry.SnoozedUntil),
        Fingerprint = IsPost(entry.RuleId) ? PostFingerprint : task == null ? null : FingerprintOf(task.Subject, task.Description, task.OwnerId),
        LastSurfacedOn = IsoDate.Read(entry.LastShownOn),
        ShowCount = entry.Shows,
        ClosedOn = IsoDate.Read(entry.ClosedOn),
    };

    private static StoredTipStatus StatusOf(TipStateEntry entry)
    {
        if (entry.Open)
        {
            return entry.Outcome == TipOutcomes.Snoozed ? StoredTipStatus.Snoozed : StoredTipStatus.Open;
        }

        switch (entry.Outcome)
        {
            case TipOutcomes.Done: return StoredTipStatus.Done;
            case TipOutcomes.Dismissed: return StoredTipStatus.Dismissed;
            case TipOutcomes.Superseded: return StoredTipStatus.Superseded;
            default: return StoredTipStatus.Cleared;
        }
    }

    private static string? OutcomeOf(StoredTipStatus status)
    {
        switch (status)
        {
            case StoredTipStatus.Snoozed: return TipOutcomes.Snoozed;
            case StoredTipStatus.Done: return TipOutcomes.Done;
            case StoredTipStatus.Dismissed: return TipOutcomes.Dismissed;
            case StoredTipStatus.Cleared: return TipOutcomes.Cleared;
            case StoredTipStatus.Superseded: return TipOutcomes.Superseded;
            default: return null;
        }
    }

    private static string FingerprintOf(string? subject, string? description, Guid? ownerId) =>
        (subject ?? "") + "\n" + (description ?? "") + "\n" + (ownerId?.ToString() ?? "");

    private static bool IsPost(string ruleId) => ruleId == RuleIds.Recognition;
}
