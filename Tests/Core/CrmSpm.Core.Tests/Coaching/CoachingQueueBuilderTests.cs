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
        Tier = new TierAssignment { RepId = id, Tier = tier },
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
        Assert.That(queue[0].CoachText, Is.EqualTo("Contacts engaged per deal: 1 contact · top performers: 3 contacts"));
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
