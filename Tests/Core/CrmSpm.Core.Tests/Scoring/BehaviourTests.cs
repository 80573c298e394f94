using CrmSpm.Core.Model;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using CrmSpm.Core.Scoring.Behaviour;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Scoring;

public class BehaviourTests : CoreTestBase
{
    [Test]
    public void Measure_OneDealThroughTwoStages_Should_GiveCadenceDaysAndLatency()
    {
        // Arrange: created 30 days ago in Qualify, Develop since 10 days ago; touches 25 and 20 days ago
        // (Qualify, one a meeting) and 5 days ago (Develop).
        var deal = OpenDeal("d", stage: "Develop", createdDaysAgo: 30, contacts: 1);
        deal.StageHistory = new List<StageChange>
        {
            new StageChange { Stage = "Qualify", EnteredOn = DaysAgo(30) },
            new StageChange { Stage = "Develop", EnteredOn = DaysAgo(10) },
        };
        var facts = Facts(deal, Touch("t1", "d", 25, ActivityKind.Meeting, contact: "c1"), Touch("t2", "d", 20, contact: "c2"), Touch("t3", "d", 5));

        // Act
        var values = BehaviourMeasurer.Measure(facts);

        // Assert
        Assert.That(values[BehaviourKeys.TouchCadence("Qualify")], Is.EqualTo(10).Within(1e-9), "20 days ÷ 2 touches");
        Assert.That(values[BehaviourKeys.TouchCadence("Develop")], Is.EqualTo(10).Within(1e-9), "10 days ÷ 1 touch");
        Assert.That(values[BehaviourKeys.DaysInStage("Qualify")], Is.EqualTo(20).Within(1e-9));
        Assert.That(values.ContainsKey(BehaviourKeys.DaysInStage("Develop")), Is.False, "the current stay is still running");
        Assert.That(values[BehaviourKeys.FirstTouchLatency], Is.EqualTo(5).Within(1e-9), "created 30 days ago, first touch 25 days ago");
        Assert.That(values[BehaviourKeys.MeetingShare], Is.EqualTo(1.0 / 3).Within(1e-9));
        Assert.That(values[BehaviourKeys.ContactsPerDeal], Is.EqualTo(2), "two distinct contacts on activities beat the 1 on the record");
        Assert.That(values[BehaviourKeys.NextStepDiscipline], Is.EqualTo(1));
    }

    [TestCase(2, 4, true, 0.5)]
    [TestCase(8, 4, true, 1.0)]
    [TestCase(16, 4, false, 5.0 / 17)]
    [TestCase(3, 4, false, 1.0)]
    public void Closeness_Should_FollowTheDocumentedRatios(double value, double benchmark, bool higherIsBetter, double expected)
    {
        Assert.That(BehaviourScorer.Closeness(value, benchmark, higherIsBetter), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Score_TwoBehaviours_Should_WeightClosenessByOutcomeWeight()
    {
        // Arrange: contacts 2 against A 4 (closeness 0.5, weight 1); cadence 16 days against A 4 (closeness 5/17, weight 3).
        var benchmarks = new TeamBenchmarks
        {
            Behaviours = new List<Practice>
            {
                new Practice { BehaviourKey = BehaviourKeys.ContactsPerDeal, HigherIsBetter = true, ABenchmark = 4, OutcomeWeight = 1 },
                new Practice { BehaviourKey = BehaviourKeys.TouchCadence("Propose"), HigherIsBetter = false, ABenchmark = 4, OutcomeWeight = 3 },
            },
        };
        var rep = new Dictionary<string, double> { [BehaviourKeys.ContactsPerDeal] = 2, [BehaviourKeys.TouchCadence("Propose")] = 16 };

        // Act
        var score = BehaviourScorer.Score(rep, benchmarks);

        // Assert: 100 × (1 × 0.5 + 3 × 5/17) ÷ 4 = 34.56.
        Assert.That(score.Value, Is.EqualTo(100 * (0.5 + 3 * 5.0 / 17) / 4).Within(1e-9));
    }

    [Test]
    public void Find_TwoARepsAboveTwoBReps_Should_ReportEffectButNoBenchmarkOrPractice()
    {
        // Arrange: A reps engage 3 and 3.4 contacts, B reps 2 and 2.2; one C rep is ignored.
        RepBehaviourSample Sample(string id, Tier tier, double contacts, double winRate) => new RepBehaviourSample
        {
            RepId = id, Tier = tier, WinRate = winRate, Values = new Dictionary<string, double> { [BehaviourKeys.ContactsPerDeal] = contacts },
        };
        var reps = new[] { Sample("a1", Tier.A, 3, 0.5), Sample("a2", Tier.A, 3.4, 0.7), Sample("b1", Tier.B, 2, 0.3), Sample("b2", Tier.B, 2.2, 0.3), Sample("c", Tier.C, 0, 0.1) };

        // Act
        var benchmarks = new PracticeFinder(Profile()).Find(reps, Array.Empty<CrmSpm.Core.Scoring.DealFacts>(), "2026-11");

        // Assert: medians 3.2 and 2.1; pooled variance (0.08 + 0.02) ÷ 2 = 0.05 → d = 1.1 ÷ √0.05 = 4.919.
        // Two A-tier reps are not enough top performers to compare against: no A benchmark (not their average 3.2).
        var contacts = benchmarks.Find(BehaviourKeys.ContactsPerDeal)!;
        Assert.That(contacts.ABenchmark, Is.Null);
        Assert.That(contacts.BValue, Is.EqualTo(2.1).Within(1e-9));
        Assert.That(contacts.EffectSize, Is.EqualTo(1.1 / Math.Sqrt(0.05)).Within(1e-9));
        Assert.That(contacts.IsPractice, Is.False, "two reps a tier can never show a difference at 5 %");
        Assert.That(contacts.PValue, Is.Null);
        Assert.That(contacts.Evidence, Is.EqualTo("Not enough reps to tell: 2 A-tier and 2 B-tier reps measured, 3 of each needed."));
        Assert.That(contacts.OutcomeWeight, Is.EqualTo(1), "no closed deals: equal weights");
        Assert.That(benchmarks.ATierWinRate, Is.Null, "two A-tier win rates are no top performers' win rate either (not 60 %)");
    }

    [Test]
    public void Find_ValuesKeyedIgnoringCase_Should_LookEachKeyUpInEveryRepsValues()
    {
        // Arrange: keys differing in case, in dictionaries that ignore case (a caller's, not the run's ordinal ones).
        RepBehaviourSample Sample(string id, Tier tier, string key, double value) => new RepBehaviourSample
        {
            RepId = id, Tier = tier, Values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { [key] = value },
        };
        var reps = new[]
        {
            Sample("a1", Tier.A, "meeting-share", 0.1), Sample("a2", Tier.A, "MEETING-SHARE", 0.2), Sample("a3", Tier.A, "meeting-share", 0.3),
            Sample("b1", Tier.B, "MEETING-SHARE", 0.4),
        };

        // Act
        var benchmarks = new PracticeFinder(Profile()).Find(reps, Array.Empty<CrmSpm.Core.Scoring.DealFacts>(), "2026-11");

        // Assert: both spellings are behaviours (ordinal keys), each read from all four reps: A median 0.2, B 0.4.
        Assert.That(benchmarks.Behaviours.Select(b => b.BehaviourKey), Is.EqualTo(new[] { "MEETING-SHARE", "meeting-share" }));
        foreach (var behaviour in benchmarks.Behaviours)
        {
            Assert.That(behaviour.ABenchmark, Is.EqualTo(0.2).Within(1e-12), behaviour.BehaviourKey);
            Assert.That(behaviour.BValue, Is.EqualTo(0.4).Within(1e-12), behaviour.BehaviourKey);
        }
    }

    [Test]
    public void Find_ThreeATierReps_Should_GiveTheirMedianWinRate()
    {
        // Arrange: A-tier win rates 50, 70 and 40 %: median 50 %. The B rep's 90 % is not in it.
        RepBehaviourSample Sample(string id, Tier tier, double winRate) => new RepBehaviourSample { RepId = id, Tier = tier, WinRate = winRate };
        var reps = new[] { Sample("a1", Tier.A, 0.5), Sample("a2", Tier.A, 0.7), Sample("a3", Tier.A, 0.4), Sample("b1", Tier.B, 0.9) };

        // Act
        var benchmarks = new PracticeFinder(Profile()).Find(reps, Array.Empty<CrmSpm.Core.Scoring.DealFacts>(), "2026-11");

        // Assert
        Assert.That(benchmarks.ATierWinRate, Is.EqualTo(0.5).Within(1e-9));
    }

    private static RepBehaviourSample ContactsSample(string id, Tier tier, double contacts) => new RepBehaviourSample
    {
        RepId = id, Tier = tier, WinRate = tier == Tier.A ? 0.6 : 0.3, Values = new Dictionary<string, double> { [BehaviourKeys.ContactsPerDeal] = contacts },
    };

    [Test]
    public void Find_ThreeARepsAllAboveThreeBReps_Should_BeAPracticeAtTheExactPermutationP()
    {
        // Arrange: A 3, 3.4, 3.2; B 2, 2.2, 2.1.
        var reps = new[]
        {
            ContactsSample("a1", Tier.A, 3), ContactsSample("a2", Tier.A, 3.4), ContactsSample("a3", Tier.A, 3.2),
            ContactsSample("b1", Tier.B, 2), ContactsSample("b2", Tier.B, 2.2), ContactsSample("b3", Tier.B, 2.1),
        };

        // Act
        var contacts = new PracticeFinder(Profile()).Find(reps, Array.Empty<CrmSpm.Core.Scoring.DealFacts>(), "2026-11").Find(BehaviourKeys.ContactsPerDeal)!;

        // Assert: of the 20 ways to pick 3 of 6 reps as "A", only the real one has a mean difference as large: p = 1/20.
        // Pooled variance (0.08 + 0.02) ÷ 4 = 0.025, d = 1.1 ÷ √0.025 = 6.957.
        Assert.That(contacts.PValue, Is.EqualTo(0.05).Within(1e-12));
        Assert.That(contacts.IsPractice, Is.True);
        Assert.That(contacts.ABenchmark, Is.EqualTo(3.2).Within(1e-9), "median of 3, 3.2 and 3.4");
        Assert.That(contacts.EffectSize, Is.EqualTo(1.1 / Math.Sqrt(0.025)).Within(1e-9));
        Assert.That(contacts.Evidence, Is.EqualTo("A-tier reps do better than B-tier reps (3 against 3 reps; permutation test p = 0.05)."));
    }

    [Test]
    public void Find_ATierWorseThanBTier_Should_NeverBeAPractice()
    {
        // Arrange: A reps engage fewer contacts than B reps, a large effect in the wrong direction.
        var reps = new[]
        {
            ContactsSample("a1", Tier.A, 1), ContactsSample("a2", Tier.A, 1.2), ContactsSample("a3", Tier.A, 1.1),
            ContactsSample("b1", Tier.B, 3), ContactsSample("b2", Tier.B, 3.2), ContactsSample("b3", Tier.B, 3.1),
        };

        // Act
        var contacts = new PracticeFinder(Profile()).Find(reps, Array.Empty<CrmSpm.Core.Scoring.DealFacts>(), "2026-11").Find(BehaviourKeys.ContactsPerDeal)!;

        // Assert
        Assert.That(contacts.IsPractice, Is.False);
        Assert.That(contacts.EffectSize, Is.LessThan(0));
        Assert.That(contacts.Evidence, Is.EqualTo("A-tier reps do no better than B-tier reps here."));
    }

    [Test]
    public void TeamBenchmarks_JsonRoundTrip_Should_KeepEveryBehaviour()
    {
        // Arrange
        var benchmarks = new TeamBenchmarks
        {
            Period = "2026-11", ATierWinRate = 0.4,
            Behaviours = new List<Practice> { new Practice { BehaviourKey = "meeting-share", ABenchmark = 0.3, BValue = null, EffectSize = 1.2, IsPractice = true } },
        };

        // Act
        var copy = TeamBenchmarks.FromJson(benchmarks.ToJson());

        // Assert
        Assert.That(copy.ToJson(), Is.EqualTo(benchmarks.ToJson()));
        Assert.That(copy.ABenchmark("meeting-share"), Is.EqualTo(0.3));
        Assert.Throws<FormatException>(() => TeamBenchmarks.FromJson("{\"behaviours\": 3}"));
    }

    [Test]
    public void Score_OrgWithTwoATierReps_Should_CiteNoTopPerformerFigure()
    {
        // Arrange: 8 tiered reps; tierAShare 0.25 gives round(8 × 0.25) = 2 A-tier reps, fewer than the 3 a benchmark needs.
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 5, Reps = 8, OpportunitiesPerRep = 30, Now = Now }).Generate();

        // Act
        var result = new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

        // Assert
        Assert.That(result.Scorecards.Count(c => c.Tier.Tier == Tier.A), Is.EqualTo(2));
        Assert.That(result.Benchmarks.Behaviours, Is.Not.Empty);
        Assert.That(result.Benchmarks.Behaviours.Select(b => b.ABenchmark), Has.All.Null);
        Assert.That(result.Tips.Select(t => t.Message), Has.None.Contains(TipWording.TopPerformers));
        Assert.That(result.Scorecards.Select(c => c.Behaviour.Value), Has.All.Null);
        Assert.That(result.Scorecards.Select(c => c.Behaviour.NotScoredReason), Has.Some.StartsWith("not enough top performers to compare"));
    }
}
