using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring;

/// <summary>The full run's views of the deal facts by rep, built without LINQ or sorting (docs/performance.md).</summary>
internal static class DealFactsByRep
{
    /// <summary>
    /// Every rep's deals (parallel to <paramref name="reps"/>), split once by what each step reads: the later steps
    /// then visit only the deals they need, where each filtered its own copy of the rep's list.
    /// </summary>
    public static RepDeals[] Group(IReadOnlyList<Rep> reps, DealFacts[] facts, DateTime windowStart)
    {
        var index = new Dictionary<string, int>(reps.Count, StringComparer.Ordinal);
        for (var i = 0; i < reps.Count; i++)
        {
            index.Add(reps[i].Id, i);
        }

        // Counted first so each list is allocated once at its size: growing four lists per rep copied them over and over.
        var owners = new int[facts.Length];
        var kinds = new DealKind[facts.Length];
        var counts = new int[reps.Count, 3];
        var owner = -1;
        for (var d = 0; d < facts.Length; d++)
        {
            // Consecutive deals often share an owner (CRM ids are handed out in batches), so the previous rep is reused.
            var ownerId = facts[d].Opportunity.OwnerId;
            if (owner < 0 || !string.Equals(reps[owner].Id, ownerId, StringComparison.Ordinal))
            {
                owner = index[ownerId];
            }

            owners[d] = owner;
            kinds[d] = RepDeals.KindOf(facts[d], windowStart);
            counts[owner, (int)kinds[d]]++;
        }

        var all = new RepDeals[reps.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new RepDeals(counts[i, (int)DealKind.Open], counts[i, (int)DealKind.ClosedInWindow], counts[i, (int)DealKind.ClosedBefore]);
        }

        for (var d = 0; d < facts.Length; d++)
        {
            all[owners[d]].Add(facts[d], kinds[d]);
        }

        return all;
    }
}

/// <summary>Where a deal stands against the outcome window.</summary>
internal enum DealKind : byte
{
    Open = 0,
    ClosedInWindow = 1,
    ClosedBefore = 2,
}

/// <summary>One rep's deals in id order, and the parts of them the run's steps read.</summary>
internal sealed class RepDeals
{
    public RepDeals(int open, int closedInWindow, int closedBefore)
    {
        All = new List<DealFacts>(open + closedInWindow + closedBefore);
        Current = new List<DealFacts>(open + closedInWindow);
        Open = new List<DealFacts>(open);
        ClosedInWindow = new List<DealFacts>(closedInWindow);
    }

    /// <summary>Every deal: outcomes read closed deals before the window too (won this period, forecasts).</summary>
    public List<DealFacts> All { get; }

    /// <summary>Open deals and deals closed in the window: what signals and behaviours measure.</summary>
    public List<DealFacts> Current { get; }

    /// <summary>Open deals: what adoption scores.</summary>
    public List<DealFacts> Open { get; }

    /// <summary>Deals closed in the window: what the deal model and the practices' outcome weights learn from.</summary>
    public List<DealFacts> ClosedInWindow { get; }

    public static DealKind KindOf(DealFacts deal, DateTime windowStart) =>
        deal.Opportunity.IsOpen ? DealKind.Open : deal.AsOf >= windowStart ? DealKind.ClosedInWindow : DealKind.ClosedBefore;

    public void Add(DealFacts deal, DealKind kind)
    {
        All.Add(deal);
        if (kind == DealKind.Open)
        {
            Current.Add(deal);
            Open.Add(deal);
        }
        else if (kind == DealKind.ClosedInWindow)
        {
            Current.Add(deal);
            ClosedInWindow.Add(deal);
        }
    }
}
