using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// |d| of won against lost deals per behaviour (<see cref="PracticeFinder"/>), from counts and sums kept per behaviour
/// slot over two passes (<see cref="BehaviourMoments"/>): the same arithmetic as lists of the values, without a million
/// list entries. The full run feeds the first pass rep by rep while it measures each rep's behaviours on the same
/// deals, which are then still in cache; the second pass needs every behaviour's mean first, and replays the first
/// pass's recorded observations rather than visit the deals again.
/// </summary>
internal sealed class OutcomeWeights
{
    private const double MinOutcomeWeight = 0.1;
    private readonly BehaviourSlots slots = new BehaviourSlots();
    private readonly BehaviourMoments won = new BehaviourMoments();
    private readonly BehaviourMoments lost = new BehaviourMoments();

    /// <summary>The weights of <paramref name="closedDeals"/> (open deals among them are skipped).</summary>
    public static Dictionary<string, double> Of(IEnumerable<DealFacts> closedDeals)
    {
        var weights = new OutcomeWeights();
        foreach (var deal in closedDeals)
        {
            weights.Add(deal);
        }

        return weights.Finish();
    }

    /// <summary>First pass over the next closed deals (open deals among them are skipped).</summary>
    public void AddFirstPass(IReadOnlyList<DealFacts> deals)
    {
        for (var i = 0; i < deals.Count; i++)
        {
            Add(deals[i]);
        }
    }

    /// <summary>
    /// The second pass, over the first pass's observations as recorded (<see cref="BehaviourMoments.SecondPassFromRecord"/>),
    /// and the weight of every behaviour seen: at least 0.1, and 1 with fewer than two won or two lost observations.
    /// </summary>
    public Dictionary<string, double> Finish()
    {
        won.SecondPassFromRecord();
        lost.SecondPassFromRecord();

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var slot = 0; slot < slots.Count; slot++)
        {
            int w = won.Count(slot), l = lost.Count(slot);
            if (w == 0 && l == 0)
            {
                continue;
            }

            weights[slots.Key(slot)] = w < 2 || l < 2
                ? 1
                : Math.Max(MinOutcomeWeight, Math.Abs(Statistics.CohensD(w, won.Mean(slot), won.Squares(slot), l, lost.Mean(slot), lost.Squares(slot))));
        }

        return weights;
    }

    private void Add(DealFacts deal)
    {
        var status = deal.Status;
        var target = status == OpportunityStatus.Won ? won : status == OpportunityStatus.Lost ? lost : null;
        if (target != null)
        {
            BehaviourMeasurer.Visit(deal, slots, target);
        }
    }
}
