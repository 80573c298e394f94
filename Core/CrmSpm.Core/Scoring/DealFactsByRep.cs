using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full run's views of the deal facts by rep, built without LINQ or sorting (docs/performance.md): each deal's
/// owner and kind are noted while its facts are built (<see cref="Note"/>), when its record is still in cache, then
/// <see cref="Group"/> splits the deals.
/// </summary>
internal sealed class DealFactsByRep
{
    private readonly IReadOnlyList<Rep> reps;
    private readonly Dictionary<string, int> index;
    private readonly DateTime windowStart;
    private readonly int[] owners;
    private readonly DealKind[] kinds;
    private readonly int[,] counts;
    private int owner = -1;

    /// <summary>Ready to note <paramref name="deals"/> deals of <paramref name="reps"/> against the outcome window from <paramref name="windowStart"/>.</summary>
    public DealFactsByRep(IReadOnlyList<Rep> reps, int deals, DateTime windowStart)
    {
        this.reps = reps;
        this.windowStart = windowStart;
        index = new Dictionary<string, int>(reps.Count, StringComparer.Ordinal);
        for (var i = 0; i < reps.Count; i++)
        {
            index.Add(reps[i].Id, i);
        }

        owners = new int[deals];
        kinds = new DealKind[deals];
        counts = new int[reps.Count, 4];
    }

    /// <summary>Every rep's deals (parallel to <paramref name="reps"/>): <see cref="Note"/> and <see cref="Group"/> in one go.</summary>
    public static RepDeals[] Group(IReadOnlyList<Rep> reps, DealFacts[] facts, DateTime windowStart)
    {
        var byRep = new DealFactsByRep(reps, facts.Length, windowStart);
        for (var d = 0; d < facts.Length; d++)
        {
            byRep.Note(d, facts[d]);
        }

        return byRep.Group(facts);
    }

    /// <summary>
    /// Notes the owner and kind of deal <paramref name="d"/> (in the order <see cref="Group"/> gets them) and returns the
    /// kind: <see cref="DealKind.Unread"/> facts need not be kept.
    /// </summary>
    public DealKind Note(int d, DealFacts facts)
    {
        // Consecutive deals often share an owner (CRM ids are handed out in batches), so the previous rep is reused.
        var ownerId = facts.Opportunity.OwnerId;
        if (owner < 0 || !string.Equals(reps[owner].Id, ownerId, StringComparison.Ordinal))
        {
            owner = index[ownerId];
        }

        var kind = facts.KindAt(windowStart);
        // Outcomes read deals closed before the window only for won revenue (this period's, forecasts): the rest no step reads.
        if (kind == DealKind.ClosedBefore && facts.Status != OpportunityStatus.Won)
        {
            kind = DealKind.Unread;
        }

        owners[d] = owner;
        kinds[d] = kind;
        counts[owner, (int)kind]++;
        return kind;
    }

    /// <summary>
    /// Every rep's deals (parallel to the reps), split once by what each step reads: the later steps then visit only
    /// the deals they need, where each filtered its own copy of the rep's list. <paramref name="facts"/> may hold null for
    /// <see cref="DealKind.Unread"/> deals.
    /// </summary>
    public RepDeals[] Group(DealFacts?[] facts)
    {
        // Counted first so each list is allocated once at its size: growing four lists per rep copied them over and over.
        var all = new RepDeals[reps.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new RepDeals(counts[i, (int)DealKind.Open], counts[i, (int)DealKind.ClosedInWindow], counts[i, (int)DealKind.ClosedBefore]);
        }

        for (var d = 0; d < facts.Length; d++)
        {
            if (kinds[d] != DealKind.Unread)
            {
                all[owners[d]].Add(facts[d]!, kinds[d]);
            }
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

    /// <summary>Closed before the window and not won: no step reads it (<see cref="DealFactsByRep"/> only).</summary>
    Unread = 3,
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

    /// <summary>Every deal but those closed before the window and not won: outcomes read won deals before the window too (won this period, forecasts).</summary>
    public List<DealFacts> All { get; }

    /// <summary>Open deals and deals closed in the window: what signals and behaviours measure.</summary>
    public List<DealFacts> Current { get; }

    /// <summary>Open deals: what adoption scores.</summary>
    public List<DealFacts> Open { get; }

    /// <summary>Deals closed in the window: what the deal model and the practices' outcome weights learn from.</summary>
    public List<DealFacts> ClosedInWindow { get; }

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
