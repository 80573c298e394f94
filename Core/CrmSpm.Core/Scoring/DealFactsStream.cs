using System;
using System.Collections.Generic;
using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full run's deal facts, built deal by deal as the sanitizer hands each clean deal on (<see cref="IDealStream"/>),
/// or from a clean snapshot afterwards (<see cref="FromClean"/>) when its activities did not arrive in deal order. Each
/// deal's facts go into its rep's groups, the open ones into <see cref="OpenDeals"/> in the clean (ordinal id) order,
/// and the deal model's view of each deal closed in the window (its features at mid-life, counted in the same walk over
/// its activities) into <see cref="Training"/>.
/// </summary>
internal sealed class DealFactsStream : IDealStream
{
    private readonly DealFactsBuilder builder;
    private readonly DateTime now;
    private readonly DateTime windowStart;
    private readonly StageSegmentStore segments = new StageSegmentStore();
    private DealFacts?[] facts = new DealFacts?[0];
    private DealFactsByRep? byRep;

    public DealFactsStream(ScoringProfile profile, DateTime now, DateTime windowStart)
    {
        builder = new DealFactsBuilder(profile);
        this.now = now;
        this.windowStart = windowStart;
    }

    /// <summary>The deal model's training view, one entry per deal closed in the window.</summary>
    public TrainingDeals Training { get; private set; } = new TrainingDeals(0);

    /// <summary>
    /// The open deals' facts in the clean order; the closed deals' facts are held only by the rep groups, which die with the
    /// measures, so later collections need not keep them.
    /// </summary>
    public List<DealFacts> OpenDeals { get; } = new List<DealFacts>();

    /// <summary>Facts of every deal in <paramref name="clean"/>, read from its grouped activities.</summary>
    public static DealFactsStream FromClean(CleanSnapshot clean, ScoringProfile profile, DateTime now, DateTime windowStart)
    {
        var stream = new DealFactsStream(profile, now, windowStart);
        stream.Begin(clean.Reps, clean.Opportunities.Count);
        for (var i = 0; i < clean.Opportunities.Count; i++)
        {
            stream.Deal(i, clean.Opportunities[i], clean.ActivitiesOf(i));
        }

        return stream;
    }

    public void Begin(IReadOnlyList<Rep> reps, int deals)
    {
        facts = new DealFacts?[deals];
        byRep = new DealFactsByRep(reps, deals, windowStart);
        // Sized for every deal: growing it copies tens of thousands of deals.
        Training = new TrainingDeals(deals);
    }

    public void Deal(int index, Opportunity deal, ArraySegment<Activity> activities)
    {
        var dealFacts = builder.BuildFromSlice(deal, activities, now, segments, windowStart, Training);
        // Noted now, while the deal's record is in cache; facts no step reads are not kept.
        facts[index] = byRep!.Note(index, dealFacts) == DealKind.Unread ? null : dealFacts;
        if (dealFacts.IsOpen)
        {
            OpenDeals.Add(dealFacts);
        }
    }

    /// <summary>Every rep's deals, parallel to the reps given to <see cref="Begin"/>.</summary>
    public RepDeals[] ByRep() => byRep!.Group(facts);
}
