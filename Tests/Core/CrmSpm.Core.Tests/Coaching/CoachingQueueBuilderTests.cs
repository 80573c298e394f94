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
        Outcomes = new RepOutcomes { WinRate = winRate, OpenPipeline = pipeline },
        BehaviourValues = new Dictionary<string, double> { [BehaviourKeys.ContactsPerDeal] = contacts },
    };

    [Test]
    public void Build_Should_OrderByPipelineTimesCappedWinRateGap()
    {
        // Arrange: A-tier median win rate 30 %, lift capped at 3 points.
        // b1: 20 % on 100,000 → min(10, 3) points → 3,000. b2: 29 % on 200,000 → 1 point → 2,000.
        var benchmarks = new TeamBenchmarks
        {
            ATierWinRate = 0.30,
            Behaviours = new List<Practice> { new Practice { BehaviourKey = BehaviourKeys.ContactsPerDeal, Label = "Contacts engaged per deal", HigherIsBetter = true, ABenchmark = 3, OutcomeWeight = 1, IsPractice = true } },
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
    }

    [Test]
    public void Build_WithoutATier_Should_BeEmpty()
    {
        // Act
        var queue = new CoachingQueueBuilder(Profile()).Build(new[] { Card("b", Tier.B, 0.1, 1000) }, TeamBenchmarks.Empty);

        // Assert
        Assert.That(queue, Is.Empty);
    }
}
