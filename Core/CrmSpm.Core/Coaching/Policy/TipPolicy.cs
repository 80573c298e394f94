using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// The one tip lifecycle, for every connector (docs/scoring.md, "Tip policy"). From the tips the rules produce now
/// and the tips as stored it decides, per key: Raise a new tip; Resurface an answered or cleared one whose condition
/// is back once the reinforcement schedule allows; Refresh an open one whose text changed; KeepSnoozed while a snooze
/// lasts; Close an open one whose condition cleared (or that now contradicts the deal's score); Supersede a rep-level
/// tip of a past period. Shows are capped per deal and per rep per week, highest expected value first; what does not
/// fit is reported as deferred. Pure and deterministic: the same input gives the same plan.
/// </summary>
public static class TipPolicy
{
    public static TipActionPlan Plan(TipPolicyInput input)
    {
        if (input == null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var now = input.Now;
        var stored = new Dictionary<string, StoredTip>(StringComparer.Ordinal);
        foreach (var tip in input.Stored)
        {
            stored[tip.Key] = tip;
        }

        var deferred = new List<DeferredTip>();
        var active = new Dictionary<string, CoachingTip>(StringComparer.Ordinal);
        foreach (var tip in input.Tips)
        {
            if (active.ContainsKey(tip.Key))
            {
                continue;
            }

            if (tip.RecordType == TipRecordTypes.Opportunity && TipReasonCheck.Contradicts(tip, input.ReasonsOf?.Invoke(tip.RecordId)))
            {
                deferred.Add(new DeferredTip(tip.Key, tip, DeferralReasons.ContradictsDealReason));
                continue;
            }

            active[tip.Key] = tip;
        }

        var ends = new List<TipAction>();
        foreach (var tip in stored.Values.Where(t => t.IsOpen && !active.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var period = TipKeys.PeriodOf(tip.Key);
            var kind = input.Period != null && period != null && period != input.Period ? TipActionKind.Supersede : TipActionKind.Close;
            var after = tip.Copy();
            after.Status = kind == TipActionKind.Supersede ? StoredTipStatus.Superseded : StoredTipStatus.Cleared;
            after.ClosedOn = now;
            after.SnoozedUntil = null;
            ends.Add(new TipAction(kind, tip.Key, null, after));
        }

        var refreshes = new List<TipAction>();
        var snoozed = new List<TipAction>();
        var candidates = new List<TipAction>();
        foreach (var tip in active.Values)
        {
            stored.TryGetValue(tip.Key, out var before);
            var fingerprint = input.Fingerprint(tip);
            if (before != null && before.IsOpen)
            {
                if (before.Status == StoredTipStatus.Snoozed && before.SnoozedUntil > now)
                {
                    snoozed.Add(new TipAction(TipActionKind.KeepSnoozed, tip.Key, tip, before.Copy()));
                }
                else if (before.Fingerprint != fingerprint)
                {
                    var after = before.Copy();
                    after.Fingerprint = fingerprint;
                    after.RepId = tip.RepId;
                    refreshes.Add(new TipAction(TipActionKind.Refresh, tip.Key, tip, after));
                }

                continue;
            }

            var decision = input.Schedule.Decide(tip.Key, before?.ToShowState(), conditionActive: true, now);
            if (decision.ShowNow)
            {
                candidates.Add(new TipAction(before == null ? TipActionKind.Raise : TipActionKind.Resurface, tip.Key, tip, new StoredTip
                {
                    Key = tip.Key,
                    RepId = tip.RepId,
                    Status = StoredTipStatus.Open,
                    Fingerprint = fingerprint,
                    RaisedOn = before?.RaisedOn ?? now,
                    LastSurfacedOn = now,
                    ShowCount = decision.State.ShowCount,
                }));
            }
        }

        var shows = TipBudgetCheck.Admit(candidates, stored.Values, ends, refreshes, input.Budget, now, input.ShownElsewhere, deferred);
        var actions = new List<TipAction>(ends);
        actions.AddRange(shows);
        actions.AddRange(refreshes.OrderBy(a => a.Tip!, Comparer<CoachingTip>.Create(TipValue.Compare)));
        actions.AddRange(snoozed.OrderBy(a => a.Key, StringComparer.Ordinal));
        return new TipActionPlan(actions, deferred);
    }
}
