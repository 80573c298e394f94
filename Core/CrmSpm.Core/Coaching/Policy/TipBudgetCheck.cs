using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// Admits shows within a <see cref="TipBudget"/>, highest expected value first (<see cref="TipValue"/>). A deal's open
/// tips (those staying open after this plan) take its slots first; the weekly cap counts the rep's stored tips shown
/// in the last 7 days. What does not fit goes to the deferred list with its reason.
/// </summary>
internal static class TipBudgetCheck
{
    public static List<TipAction> Admit(List<TipAction> candidates, IEnumerable<StoredTip> stored, List<TipAction> ends,
        TipBudget budget, DateTime now, List<DeferredTip> deferred)
    {
        var ending = new HashSet<string>(ends.Select(e => e.Key), StringComparer.Ordinal);
        var openPerRecord = new Dictionary<string, int>(StringComparer.Ordinal);
        var shownPerRep = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tip in stored)
        {
            if (tip.IsOpen && !ending.Contains(tip.Key))
            {
                Increment(openPerRecord, TipKeys.RecordOf(tip.Key));
            }

            if (tip.RepId != null && tip.LastSurfacedOn.HasValue && tip.LastSurfacedOn.Value > now - TipBudget.Week && tip.LastSurfacedOn.Value <= now)
            {
                Increment(shownPerRep, tip.RepId);
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
