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

    [Test]
    public void Assign_WithQuotas_Should_ExplainEachTierWithOrgRanksAndTheOrgMedianWinRate()
    {
        // Arrange (equal weights, attainment capped at 2 then halved, median territory 100):
        // low 2/10 won, 247 % → (0.2 + 1) ÷ 2 = 0.6 (rank 1); best 7/10, 80 % → (0.7 + 0.4) ÷ 2 = 0.55;
        // mid 6/10, 100 % → 0.55 (tie, by id: best 2, mid 3); new 4/10, 50 %, 6 months in → 0.325 ÷ 0.75 = 0.433 (rank 4).
        // Org median win rate of 20, 40, 60, 70 % = 50 %. Attainment ranks: low 1, mid 2, best 3, new 4 (top half: 1–2).
        var reps = new List<Rep> { Rep("best"), Rep("low"), Rep("mid"), Rep("new", tenureDays: 6 * 30.4375) };
        var outcomes = new Dictionary<string, RepOutcomes>
        {
            ["best"] = Outcomes("best", 7, 3, 0.8), ["low"] = Outcomes("low", 2, 8, 2.47),
            ["mid"] = Outcomes("mid", 6, 4, 1.0), ["new"] = Outcomes("new", 4, 6, 0.5),
        };

        // Act
        var tiers = new TierAssigner(Profile()).Assign(reps, outcomes, Now);

        // Assert: the top seller by attainment is A with a weak win rate ("but"); the new rep's tenure is named.
        Assert.That(tiers["low"].Explanation, Is.EqualTo(
            "Tier A, rank 1 of 4 across the org: attainment 247 % of quota (org rank 1 of 4) but win rate 20 % against an org median of 50 %."));
        Assert.That(tiers["best"].Explanation, Is.EqualTo(
            "Tier B, rank 2 of 4 across the org: attainment 80 % of quota (org rank 3 of 4) but win rate 70 % against an org median of 50 %."));
        Assert.That(tiers["mid"].Explanation, Is.EqualTo(
            "Tier B, rank 3 of 4 across the org: attainment 100 % of quota (org rank 2 of 4) and win rate 60 % against an org median of 50 %."));
        Assert.That(tiers["new"].Explanation, Is.EqualTo(
            "Tier C, rank 4 of 4 across the org: attainment 50 % of quota (org rank 4 of 4) and win rate 40 % against an org median of 50 %." +
            " Adjusted for a rep 6 months in (expected output ×0.75)."));
    }

    [Test]
    public void Assign_WithoutQuotaAndABigTerritory_Should_SayBoth()
    {
        // Arrange: sizes 400, 100, 100 → median 100; big's factor √4 = 2. Win rates 60, 50, 30 % → median 50 %.
        // big: 0.6 ÷ 2 = 0.3 (rank 2); a: 0.5 (rank 1); c: 0.3, tie with big, by id "big" < "c".
        var reps = new List<Rep> { Rep("a"), Rep("big", territory: 400), Rep("c") };
        var outcomes = new Dictionary<string, RepOutcomes> { ["a"] = Outcomes("a", 5, 5), ["big"] = Outcomes("big", 6, 4), ["c"] = Outcomes("c", 3, 7) };

        // Act
        var tiers = new TierAssigner(Profile()).Assign(reps, outcomes, Now);

        // Assert
        Assert.That(tiers["big"].Explanation, Is.EqualTo(
            "Tier B, rank 2 of 3 across the org: win rate 60 % against an org median of 50 % (no quota in the window)." +
            " Adjusted for a territory larger than the median (expected output ×2.00)."));
    }
}
