using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// Admits shows within a <see cref="TipBudget"/>, highest expected value first (<see cref="TipValue"/>). A deal's open
/// tips (those staying open after this plan) take its slots first; the weekly cap counts the distinct tips shown about
/// the rep in the last 7 days, as they will stand after this plan (a tip shown again counts once, under the rep it is
/// about now), so planning again after the writes admits nothing more. Tips shown on records the plan does not see
/// (<see cref="TipPolicyInput.ShownElsewhere"/>) count too. What does not fit is deferred with its reason.
/// </summary>
internal static class TipBudgetCheck
{
    public static List<TipAction> Admit(List<TipAction> candidates, IEnumerable<StoredTip> stored, List<TipAction> ends,
        List<TipAction> refreshes, TipBudget budget, DateTime now, IReadOnlyDictionary<string, int>? shownElsewhere, List<DeferredTip> deferred)
    {
        var ending = new HashSet<string>(ends.Select(e => e.Key), StringComparer.Ordinal);
        var showing = new HashSet<string>(candidates.Select(c => c.Key), StringComparer.Ordinal);
        var repAfter = refreshes.ToDictionary(r => r.Key, r => r.After.RepId, StringComparer.Ordinal);
        var openPerRecord = new Dictionary<string, int>(StringComparer.Ordinal);
        var shownPerRep = shownElsewhere == null
            ? new Dictionary<string, int>(StringComparer.Ordinal)
            : shownElsewhere.ToDictionary(e => e.Key, e => Math.Max(0, e.Value), StringComparer.Ordinal);
        foreach (var tip in stored)
        {
            if (tip.IsOpen && !ending.Contains(tip.Key))
            {
                Increment(openPerRecord, TipKeys.RecordOf(tip.Key));
            }

            var rep = repAfter.TryGetValue(tip.Key, out var newRep) ? newRep : tip.RepId;
            if (rep != null && !showing.Contains(tip.Key) && TipBudget.ShownInWeek(tip.LastSurfacedOn, now))
            {
                Increment(shownPerRep, rep);
            }
        }

        var admitted = new List<TipAction>();
        foreach (var action in candidates.OrderBy(a => a.Tip!, Comparer<CoachingTip>.Create(TipValue.Compare)))
        {
            var tip = action.Tip!;
            var record = TipKeys.RecordOf(tip.Key);
            if (TipKeys.IsDeal(tip.Key) && Count(openPerRecord, record) >= budget.PerDeal)
            {
                deferred.Add(new DeferredTip(tip.Key, tip, DeferralReasons.DealCap));
                continue;
            }

            if (Count(shownPerRep, tip.RepId) >= budget.PerRepPerWeek)
            {
                deferred.Add(new DeferredTip(tip.Key, tip, DeferralReasons.WeeklyCap));
                continue;
            }

            Increment(openPerRecord, record);
            Increment(shownPerRep, tip.RepId);
            admitted.Add(action);
        }

        return admitted;
    }

    private static int Count(Dictionary<string, int> counts, string key) => counts.TryGetValue(key, out var n) ? n : 0;

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = Count(counts, key) + 1;
}
