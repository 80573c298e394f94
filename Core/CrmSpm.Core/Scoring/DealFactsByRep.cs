using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring;

/// <summary>The full run's views of the deal facts by rep, built without LINQ or sorting (docs/performance.md).</summary>
internal static class DealFactsByRep
{
    /// <summary>Every rep's deals, in id order.</summary>
    public static Dictionary<string, List<DealFacts>> Group(IReadOnlyList<Rep> reps, DealFacts[] facts)
    {
        var byRep = new Dictionary<string, List<DealFacts>>(reps.Count, StringComparer.Ordinal);
        foreach (var rep in reps)
        {
            byRep.Add(rep.Id, new List<DealFacts>());
        }

        // Consecutive deals often share an owner (CRM ids are handed out in batches), so the previous list is reused.
        List<DealFacts>? deals = null;
        string? owner = null;
        foreach (var deal in facts)
        {
            if (deals == null || !string.Equals(owner, deal.Opportunity.OwnerId, StringComparison.Ordinal))
            {
                owner = deal.Opportunity.OwnerId;
                deals = byRep[owner];
            }

            deals.Add(deal);
        }

        return byRep;
    }

    /// <summary>
    /// Deals closed in the window, rep by rep (reps in id order): the order the practice statistics sum in.
    /// <paramref name="expected"/> sizes the list (the run knows how many there are).
    /// </summary>
    public static List<DealFacts> ClosedInWindow(IReadOnlyList<Rep> reps, Dictionary<string, List<DealFacts>> dealsByRep, DateTime windowStart, int expected)
    {
        var closed = new List<DealFacts>(expected);
        foreach (var rep in reps)
        {
            foreach (var deal in dealsByRep[rep.Id])
            {
                if (!deal.Opportunity.IsOpen && deal.AsOf >= windowStart)
                {
                    closed.Add(deal);
                }
            }
        }

        return closed;
    }
}
