using System.Globalization;
using System.Text;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Adoption;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace CrmSpm.Core.Tests.Properties;

/// <summary>
/// Invariants checked by FsCheck over generated orgs: FsCheck picks the seeds and sizes (and shrinks a
/// failure to a small case), the generator turns them into realistic data.
/// </summary>
public class InvariantProperties : CoreTestBase
{
    private static OrgSnapshot Org(int seed, int reps, int deals) => new SalesOrgGenerator(new GeneratorOptions
    {
        Seed = seed, Reps = 2 + Math.Abs(reps % 7), OpportunitiesPerRep = 5 + Math.Abs(deals % 30), Now = Now,
    }).Generate();

    private static ScoringResult Score(OrgSnapshot org) => new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

    private static bool InRange(double? value, double min, double max) => !value.HasValue || (value.Value >= min && value.Value <= max);

    [FsCheckProperty(MaxTest = 25)]
    public bool Scores_Should_StayInRange(int seed, int reps, int deals)
    {
        var result = Score(Org(seed, reps, deals));
        return result.Scorecards.All(c =>
                InRange(c.Adoption.Value, 0, 100) && InRange(c.Behaviour.Value, 0, 100) && InRange(c.Outcomes.WinRate, 0, 1)
                && c.Adoption.Components.All(p => InRange(p.Value, 0, 1)) && c.Behaviour.Components.All(p => InRange(p.Value, 0, 1)))
            && result.DealScores.All(d => d.Probability >= 0.01 && d.Probability <= 0.99 && d.Score >= 1 && d.Score <= 99);
    }

    [FsCheckProperty(MaxTest = 15)]
    public void InputOrder_Should_NeverChangeAResult(int seed, int reps, int deals, int shuffleSeed)
    {
        // Arrange
        var org = Org(seed, reps, deals);
        var shuffled = new OrgSnapshot
        {
            Reps = Shuffle(org.Reps, shuffleSeed),
            Opportunities = Shuffle(org.Opportunities, shuffleSeed + 1),
            Activities = Shuffle(org.Activities, shuffleSeed + 2),
        };

        // Act / Assert
        Assert.That(Summary(Score(shuffled)), Is.EqualTo(Summary(Score(org))));
    }

    [FsCheckProperty(MaxTest = 25)]
    public void LoggingACompletedActivity_Should_NeverLowerFreshness(int seed, int dealPick, int daysAgo)
    {
        // Arrange: one rep, an open deal picked by FsCheck, a touch anywhere from now to 400 days back.
        var org = Org(seed, 0, 29);
        var open = org.Opportunities.Where(o => o.IsOpen).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var deal = open[Math.Abs(dealPick % open.Count)];
        var builder = new DealFactsBuilder(Profile());
        var activitiesOf = org.Activities.Where(a => a.RegardingOpportunityId == deal.Id).ToList();
        var before = builder.Build(deal, activitiesOf, Now);
        var freshnessBefore = RepFreshness(org);

        // Act
        var touch = Touch("new-touch", deal.Id, Math.Abs(daysAgo % 400), owner: deal.OwnerId);
        org.Activities.Add(touch);
        var after = builder.Build(deal, activitiesOf.Concat(new[] { touch }), Now);

        // Assert
        Assert.That(after.DaysSinceTouchOrCreation, Is.LessThanOrEqualTo(before.DaysSinceTouchOrCreation));
        Assert.That(RepFreshness(org), Is.GreaterThanOrEqualTo(freshnessBefore));
    }

    [FsCheckProperty(MaxTest = 25)]
    public void IncrementalDealModel_Should_EqualTheFullRebuild(int seed, int removeEvery, int shuffleSeed)
    {
        // Arrange: every closed deal of a generated org, with owner tiers spread over A, B, C and not tiered.
        var org = Org(seed, 3, 20);
        var builder = new DealFactsBuilder(Profile());
        var closed = org.Opportunities.Where(o => !o.IsOpen)
            .Select((o, i) => DealFeatureExtractor.From(builder.Build(o, org.Activities.Where(a => a.RegardingOpportunityId == o.Id), Now), (Tier)(i % 4)))
            .ToList();
        var step = 2 + Math.Abs(removeEvery % 5);
        var removed = closed.Where((_, i) => i % step == 0).ToList();
        var kept = closed.Where((_, i) => i % step != 0).ToList();

        // Act: add everything in a shuffled order, take some back out, and compare with a rebuild of the rest.
        var incremental = new DealModel(Profile());
        foreach (var deal in Shuffle(closed, shuffleSeed))
        {
            incremental.Add(deal);
        }

        foreach (var deal in removed)
        {
            Assert.That(incremental.Remove(deal), Is.True);
        }

        var rebuilt = new DealModel(Profile());
        rebuilt.Rebuild(kept);

        // Assert
        Assert.That(incremental.ToJson(), Is.EqualTo(rebuilt.ToJson()));
        foreach (var open in org.Opportunities.Where(o => o.IsOpen).Take(5))
        {
            var features = DealFeatureExtractor.From(builder.Build(open, null, Now), Tier.B);
            Assert.That(incremental.Score(features).Probability, Is.EqualTo(rebuilt.Score(features).Probability));
        }
    }

    private static double RepFreshness(OrgSnapshot org)
    {
        var builder = new DealFactsBuilder(Profile());
        var open = org.Opportunities.Where(o => o.IsOpen)
            .Select(o => builder.Build(o, org.Activities.Where(a => a.RegardingOpportunityId == o.Id), Now)).ToList();
        var score = new AdoptionCalculator(Profile()).Score(open);
        return score.Components.Single(c => c.Key == AdoptionComponentKeys.Freshness).Value;
    }

    private static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var random = new Random(seed);
        return items.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>Every number and text of a result, exactly ("R" format), in the result's own order.</summary>
    private static string Summary(ScoringResult result)
    {
        var text = new StringBuilder();
        foreach (var c in result.Scorecards)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.RepId} {c.Adoption.Value:R} {c.Behaviour.Value:R} {c.Tier.Tier} {c.Tier.Rank} {c.Tier.NormalisedIndex:R} ");
            text.Append(CultureInfo.InvariantCulture, $"{c.Outcomes.WinRate:R} {c.Outcomes.Velocity:R} {c.Outcomes.Coverage:R} {c.Outcomes.SlippagePerDeal:R}\n");
        }

        foreach (var p in result.Benchmarks.Behaviours)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.BehaviourKey} {p.ABenchmark:R} {p.BValue:R} {p.EffectSize:R} {p.OutcomeWeight:R}\n");
        }

        foreach (var t in result.Tips)
        {
            text.Append(t.Key).Append(' ').Append(t.Message).Append('\n');
        }

        foreach (var d in result.DealScores)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.OpportunityId} {d.Probability:R}\n");
        }

        foreach (var q in result.Queue)
        {
            text.Append(CultureInfo.InvariantCulture, $"{q.RepId} {q.ExpectedGain} {q.LargestGap?.BehaviourKey}\n");
        }

        return text.ToString();
    }
}
