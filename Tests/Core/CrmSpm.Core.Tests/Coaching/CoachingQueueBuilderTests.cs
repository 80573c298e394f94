using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Coaching;

public class CoachingQueueBuilderTests : CoreTestBase
{
    private static RepScorecard Card(string id, Tier tier, double winRate, decimal pipeline, double contacts = 1) => new RepScorecard
    {
        RepId = id,
        RepName = id,
        Tier = new TierAssignment { RepId = id, Tier = tier, WinRate = tier == Tier.NotTiered ? 0 : winRate },
        Outcomes = new RepOutcomes { WinRate = winRate, OpenPipeline = pipeline + 1000, HorizonPipeline = pipeline },
        BehaviourValues = new Dictionary<string, double> { [BehaviourKeys.ContactsPerDeal] = contacts },
    };

    [Test]
    public void Build_Should_OrderByPipelineTimesCappedWinRateGap()
    {
        // Arrange: A-tier median win rate 30 %, lift capped at 3 points; pipeline closing in the next 91 days:
        // b1: 20 % on 100,000 → min(10, 3) points → 3,000. b2: 29 % on 200,000 → 1 point → 2,000.
        var benchmarks = new TeamBenchmarks
        {
            ATierWinRate = 0.30,
            Behaviours = new List<Practice> { new Practice { BehaviourKey = BehaviourKeys.ContactsPerDeal, Label = "Contacts engaged per deal", Unit = BehaviourUnits.Contacts, HigherIsBetter = true, ABenchmark = 3, OutcomeWeight = 1, IsPractice = true } },
        };
        var cards = new[] { Card("b2", Tier.B, 0.29, 200000), Card("a", Tier.A, 0.10, 900000), Card("b1", Tier.B, 0.20, 100000), Card("top", Tier.B, 0.35, 500000) };

        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(cards, benchmarks);

        // Assert
        Assert.That(queue.Select(e => e.RepId), Is.EqualTo(new[] { "b1", "b2" }), "A-tier and above-target reps are left out");
        Assert.That(queue[0].ExpectedGain, Is.EqualTo(3000m));
        Assert.That(queue[1].ExpectedGain, Is.EqualTo(2000m));
        Assert.That(queue[0].LargestGap!.BehaviourKey, Is.EqualTo(BehaviourKeys.ContactsPerDeal));
        Assert.That(queue[0].LargestGap!.Size, Is.EqualTo(2.0 / 3).Within(1e-9), "(1 − 1/3) × weight 1");
        Assert.That(queue.Select(e => e.Rank), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(queue[0].GainText, Is.EqualTo("≈ USD 3,000 more won revenue over the next 91 days if the win rate rises from 20 % to 23 % (top performers: 30 %)"));
        Assert.That(queue[1].GainText, Is.EqualTo("≈ USD 2,000 more won revenue over the next 91 days if the win rate rises from 29 % to 30 % (top performers: 30 %)"));
        Assert.That(queue.Select(e => e.TargetBasis), Has.All.EqualTo(QueueTargetBasis.TopPerformers));
        Assert.That(queue[0].CoachText, Is.EqualTo("Contacts engaged per deal: 1 contact · top performers: 3 contacts"));
    }

    [Test]
    public void Build_TwoManagersOfUnequalTeams_Should_CapEachManagersQueueAndRankAcrossTheOrg()
    {
        // Arrange: target 30 %, every rep at 10 % (lift capped at 3 points), gain = 3 % of the horizon pipeline.
        // Manager m1 has 12 reps with 10,000 … 120,000 (gains 300 … 3,600); manager m2 has 2 reps with 5,000 and
        // 8,000 (gains 150 and 240), below every m1 rep. Cap 10 per manager: m1 keeps its 10 best (30,000 …
        // 120,000), m1-01 and m1-02 drop out, and m2 keeps both. An org-wide cap of 10 would leave m2 with nothing.
        var cards = Enumerable.Range(1, 12).Select(i => Managed(Card($"m1-{i:00}", Tier.B, 0.10, i * 10000m), "m1"))
            .Concat(new[] { Managed(Card("m2-a", Tier.C, 0.10, 5000), "m2"), Managed(Card("m2-b", Tier.B, 0.10, 8000), "m2") })
            .ToList();
        var profile = Profile();
        Assert.That(profile.Queue.MaxEntries, Is.EqualTo(10), "the default cap this example is worked for");

        // Act
        var queue = new CoachingQueueBuilder(profile).Build(cards, new TeamBenchmarks { ATierWinRate = 0.30 });

        // Assert: one org-wide rank order (gain, then rep id); each manager's queue is a run of that order.
        var expected = Enumerable.Range(3, 10).Reverse().Select(i => $"m1-{i:00}").Concat(new[] { "m2-b", "m2-a" }).ToList();
        Assert.That(queue.Select(e => e.RepId), Is.EqualTo(expected));
        Assert.That(queue.Select(e => e.Rank), Is.EqualTo(Enumerable.Range(1, 12)));
        Assert.That(queue.Select(e => e.ExpectedGain).Take(1).Concat(queue.Skip(9).Select(e => e.ExpectedGain)), Is.EqualTo(new[] { 3600m, 900m, 240m, 150m }));
        Assert.That(queue.Where(e => e.ManagerId == "m2").Select(e => e.Rank), Is.EqualTo(new[] { 11, 12 }));
    }

    private static RepScorecard Managed(RepScorecard card, string managerId)
    {
        card.ManagerId = managerId;
        return card;
    }

    [Test]
    public void Build_WithBehavioursButNoProvenPractice_Should_NameNoBehaviour()
    {
        // Arrange: A does better on contacts, but the permutation test did not pass (IsPractice false): nothing may be named.
        var benchmarks = new TeamBenchmarks
        {
            ATierWinRate = 0.30,
            Behaviours = new List<Practice> { new Practice { BehaviourKey = BehaviourKeys.ContactsPerDeal, Label = "Contacts engaged per deal", HigherIsBetter = true, ABenchmark = 3, OutcomeWeight = 1, IsPractice = false } },
        };

        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(new[] { Card("b", Tier.B, 0.1, 1000) }, benchmarks);

        // Assert
        Assert.That(queue.Single().LargestGap, Is.Null);
        Assert.That(queue.Single().CoachText, Is.EqualTo("No proven practice yet"));
    }

    [Test]
    public void Build_WithoutPipelineClosingInTheHorizon_Should_LeaveTheRepOut()
    {
        // Arrange: 50,000 open, none of it expected within 91 days: no gain to count on.
        var card = Card("b", Tier.B, 0.1, 0);

        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(new[] { card }, new TeamBenchmarks { ATierWinRate = 0.3 });

        // Assert
        Assert.That(queue, Is.Empty);
    }

    [Test]
    public void Build_FewerThanThreeATierReps_Should_TargetTheOrgMedianOfTheTieredReps()
    {
        // Arrange: two A-tier reps give no A-tier win rate (PracticeFinder: fewer than 3), so the target is the median
        // of the 5 tiered reps' win rates {10, 20, 30, 50, 60 %} = 30 %. The not-tiered rep n (90 %) is not in it (with
        // it the median would be 40 % and b1 would qualify). b2: 20 % on 50,000 → min(10, 3) points → 1,500;
        // c: 10 % on 10,000 → 3 points → 300; b1 sits at the target, a1 and a2 are A, n is above: left out.
        var cards = new[]
        {
            Card("a1", Tier.A, 0.50, 90000), Card("a2", Tier.A, 0.60, 90000), Card("b1", Tier.B, 0.30, 100000),
            Card("b2", Tier.B, 0.20, 50000), Card("c", Tier.C, 0.10, 10000), Card("n", Tier.NotTiered, 0.90, 1000),
        };

        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(cards, new TeamBenchmarks { ATierWinRate = null });

        // Assert
        Assert.That(queue.Select(e => (e.RepId, e.ExpectedGain)), Is.EqualTo(new[] { ("b2", 1500m), ("c", 300m) }));
        Assert.That(queue.Select(e => (e.TargetWinRate, e.TargetBasis)), Has.All.EqualTo((0.30, QueueTargetBasis.OrgMedian)));
        Assert.That(queue[0].GainText, Is.EqualTo("≈ USD 1,500 more won revenue over the next 91 days if the win rate rises from 20 % to 23 % (org median: 30 %)"));
        Assert.That(queue[1].CoachText, Is.EqualTo("No proven practice yet"), "no A benchmark either: nothing to name");
    }

    [Test]
    public void Build_FewerThanThreeTieredReps_Should_BeEmpty()
    {
        // Arrange: one A and one B rep tiered (a not-tiered rep does not count): neither target has 3 reps behind it.
        var cards = new[] { Card("a", Tier.A, 0.5, 1000), Card("b", Tier.B, 0.2, 1000), Card("n", Tier.NotTiered, 0.1, 1000) };

        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(cards, TeamBenchmarks.Empty);

        // Assert
        Assert.That(queue, Is.Empty);
    }

    [Test]
    public void Build_WithoutATier_Should_BeEmpty()
    {
        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(new[] { Card("b", Tier.B, 0.1, 1000) }, TeamBenchmarks.Empty);

        // Assert
        Assert.That(queue, Is.Empty);
    }

    [TestCase(16.4, 15.6, "Days in Develop: 16.40 days · top performers: 15.60 days")]
    [TestCase(17.2, 15.6, "Days in Develop: 17 days · top performers: 16 days")]
    public void Coach_GapThatRoundsAway_Should_ShowTheDecimalsThatDiffer(double rep, double benchmark, string expected)
    {
        // Arrange
        var gap = new BehaviourGap { Label = "Days in Develop", Unit = BehaviourUnits.Days, RepValue = rep, Benchmark = benchmark };

        // Act / Assert
        Assert.That(QueueWording.Coach(gap, new List<Practice>()), Is.EqualTo(expected));
    }
}
