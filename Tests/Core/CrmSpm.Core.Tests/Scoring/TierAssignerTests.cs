using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Scoring;

public class TierAssignerTests : CoreTestBase
{
    private static RepOutcomes Outcomes(string repId, int won, int lost, double? windowAttainment = null) => new RepOutcomes
    {
        RepId = repId,
        WonCount = won,
        LostCount = lost,
        WinRate = won + lost == 0 ? null : (double)won / (won + lost),
        WindowAttainment = windowAttainment,
    };

    [Test]
    public void TenureFactor_ThreeMonthsWithTwelveMonthRamp_Should_Be0625()
    {
        // Arrange: 3 months = 3 × 30.4375 days; 0.5 + 0.5 × 3 ÷ 12 = 0.625.
        var rep = Rep("r1", tenureDays: 3 * 30.4375);

        // Act
        var factor = new TierAssigner(Profile()).TenureFactor(rep, Now);

        // Assert
        Assert.That(factor, Is.EqualTo(0.625).Within(1e-9));
        Assert.That(new TierAssigner(Profile()).TenureFactor(Rep("old", tenureDays: 800), Now), Is.EqualTo(1));
    }

    [TestCase(400, 2.0)]  // √4
    [TestCase(25, 0.5)]   // √0.25
    [TestCase(1, 0.5)]    // √0.01 = 0.1, clamped
    [TestCase(0, 1.0)]    // unknown size
    public void TerritoryFactor_AgainstMedian100_Should_BeTheClampedSquareRoot(double size, double expected)
    {
        // Act
        var factor = TierAssigner.TerritoryFactor(Rep("r1", territory: size), 100);

        // Assert
        Assert.That(factor, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void OutcomeIndex_WinRateAndAttainment_Should_BeTheWeightedMean()
    {
        // Arrange: (0.5 × 0.5 + 0.5 × min(1.2, 2) ÷ 2) ÷ 1 = 0.55; without quota the win rate alone.
        var assigner = new TierAssigner(Profile());

        // Act / Assert
        Assert.That(assigner.OutcomeIndex(Outcomes("r", 5, 5, 1.2)), Is.EqualTo(0.55).Within(1e-9));
        Assert.That(assigner.OutcomeIndex(Outcomes("r", 5, 5)), Is.EqualTo(0.5).Within(1e-9));
    }

    [Test]
    public void Assign_FourEligibleRepsAndOneSmallSample_Should_RankNormalisedOutcomes()
    {
        // Arrange (no quotas, median territory 100, so only tenure normalises):
        // new: 4/10 won, 3 months → 0.4 ÷ 0.625 = 0.64; best: 7/10 → 0.7; mid: 6/10 → 0.6; low: 2/10 → 0.2; tiny: 2 closed deals.
        var reps = new List<Rep> { Rep("best"), Rep("low"), Rep("mid"), Rep("new", tenureDays: 3 * 30.4375), Rep("tiny") };
        var outcomes = new Dictionary<string, RepOutcomes>
        {
            ["best"] = Outcomes("best", 7, 3), ["low"] = Outcomes("low", 2, 8), ["mid"] = Outcomes("mid", 6, 4),
            ["new"] = Outcomes("new", 4, 6), ["tiny"] = Outcomes("tiny", 2, 0),
        };

        // Act
        var tiers = new TierAssigner(Profile()).Assign(reps, outcomes, Now);

        // Assert: n = 4 → round(4 × 0.25) = 1 A and 1 C.
        Assert.That(tiers["best"].Tier, Is.EqualTo(Tier.A));
        Assert.That(tiers["new"].Tier, Is.EqualTo(Tier.B));
        Assert.That(tiers["new"].Rank, Is.EqualTo(2), "the new rep's 0.64 beats mid's 0.6 after normalisation");
        Assert.That(tiers["new"].NormalisedIndex, Is.EqualTo(0.64).Within(1e-9));
        Assert.That(tiers["mid"].Tier, Is.EqualTo(Tier.B));
        Assert.That(tiers["low"].Tier, Is.EqualTo(Tier.C));
        Assert.That(tiers["tiny"].Tier, Is.EqualTo(Tier.NotTiered));
        Assert.That(tiers["tiny"].Explanation, Is.EqualTo("Not tiered: 2 closed deals in the last 365 days, 6 needed."));
    }
}
