using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace CrmSpm.Core.Tests.Properties;

/// <summary>No input crashes Core: over arbitrary snapshots, scoring never throws and every number is finite and in its range.</summary>
public class RobustnessProperties : CoreTestBase
{
    private static bool Finite(double? value) => !value.HasValue || (!double.IsNaN(value.Value) && !double.IsInfinity(value.Value));

    private static bool InRange(double? value, double min, double max) => !value.HasValue || (value.Value >= min && value.Value <= max);

    [FsCheckProperty(MaxTest = 300)]
    public void Score_AnySnapshot_Should_NeverThrowAndKeepEveryNumberFiniteAndInRange(int seed, bool pastDate)
    {
        // Arrange
        var snapshot = HostileSnapshot.Create(seed, Now);
        var asOf = pastDate ? Now.AddDays(-(Math.Abs(seed % 200))) : Now;

        // Act
        var result = new ScoringEngine(ScoringProfile.Default, new FixedClock(asOf)).Score(snapshot);

        // Assert
        foreach (var card in result.Scorecards)
        {
            var o = card.Outcomes;
            Assert.That(InRange(card.Adoption.Value, 0, 100) && InRange(card.Behaviour.Value, 0, 100), card.RepId + " scores");
            Assert.That(card.Adoption.Components.Concat(card.Behaviour.Components).All(c => InRange(c.Value, 0, 1)), card.RepId + " components");
            Assert.That(InRange(o.WinRate, 0, 1) && InRange(o.Attainment, 0, double.MaxValue) && InRange(o.WindowAttainment, 0, double.MaxValue), card.RepId + " outcomes");
            Assert.That(new[] { o.Velocity, o.Coverage, o.NeededCoverage, o.CycleDays, o.SlippagePerDeal, o.Forecast?.Bias, o.Forecast?.MeanAbsolutePercentageError }.All(Finite), card.RepId + " finite");
            Assert.That(InRange(o.Velocity, 0, double.MaxValue) && InRange(o.CycleDays, 0, double.MaxValue) && o.OpenPipeline >= 0 && o.WonInPeriod >= 0, card.RepId + " non-negative");
            Assert.That(new[] { card.Tier.NormalisedIndex, card.Tier.OutcomeIndex, card.Tier.TenureFactor, card.Tier.TerritoryFactor }.All(v => Finite(v) && v >= 0), card.RepId + " tier");
            Assert.That(card.BehaviourValues.Values.All(v => Finite(v) && v >= 0), card.RepId + " behaviours");
        }

        Assert.That(result.Benchmarks.Behaviours.All(b => Finite(b.ABenchmark) && Finite(b.BValue) && Finite(b.EffectSize) && Finite(b.OutcomeWeight)), "benchmarks");
        Assert.That(result.DealScores.All(d => d.Probability >= 0.01 && d.Probability <= 0.99 && InRange(d.PriorProbability, 0.01, 0.99)), "deal scores");
        Assert.That(result.Queue.All(q => q.ExpectedGain >= 0 && Finite(q.WinRateLift) && Finite(q.LargestGap?.Size)), "queue");
        Assert.That(result.Tips.All(t => !(t.Title + t.Message).Contains("NaN") && !(t.Title + t.Message).Contains("∞") && !(t.Title + t.Message).Contains("Infinity")), "tip texts");
        Assert.That(result.DataIssues.All(i => !string.IsNullOrEmpty(i.Code) && !string.IsNullOrEmpty(i.Message)), "issues");
    }
}

/// <summary>The hostile generator really reaches the scoring code (a property over empty results would prove nothing).</summary>
public class HostileSnapshotCoverageTests : CoreTestBase
{
    [Test]
    public void HostileSnapshots_Should_ProduceScoredRepsDealScoresAndManyKindsOfIssues()
    {
        // Act
        var results = Enumerable.Range(0, 60).Select(seed => new ScoringEngine(ScoringProfile.Default, new FixedClock(Now)).Score(HostileSnapshot.Create(seed, Now))).ToList();

        // Assert
        Assert.That(results.Count(r => r.Scorecards.Count > 0), Is.GreaterThan(40));
        Assert.That(results.Sum(r => r.DealScores.Count), Is.GreaterThan(50));
        Assert.That(results.SelectMany(r => r.DataIssues).Select(i => i.Code).Distinct().Count(), Is.GreaterThanOrEqualTo(10));
    }
}
