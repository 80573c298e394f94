using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Deals;

public class CoachedDirectionTests : CoreTestBase
{
    [TestCase(DealFeatureNames.TouchRecency, "0-3d", -0.4, 0.0)]
    [TestCase(DealFeatureNames.TouchRecency, "4-7d", -0.4, 0.0)]
    [TestCase(DealFeatureNames.TouchRecency, "4-7d", 0.4, 0.4)]
    [TestCase(DealFeatureNames.TouchRecency, "8-14d", -0.4, -0.4)]
    [TestCase(DealFeatureNames.TouchRecency, "8-14d", 0.4, 0.4)]
    [TestCase(DealFeatureNames.TouchRecency, "15d+", 0.4, 0.0)]
    [TestCase(DealFeatureNames.TouchRecency, "never", 0.4, 0.0)]
    [TestCase(DealFeatureNames.TouchRecency, "never", -0.4, -0.4)]
    [TestCase(DealFeatureNames.Contacts, "0", 0.4, 0.0)]
    [TestCase(DealFeatureNames.Contacts, "1", 0.4, 0.0)]
    [TestCase(DealFeatureNames.Contacts, "2", -0.4, -0.4)]
    [TestCase(DealFeatureNames.Contacts, "3+", -0.4, 0.0)]
    [TestCase(DealFeatureNames.Slippage, "0", -0.4, 0.0)]
    [TestCase(DealFeatureNames.Slippage, "1", 0.4, 0.0)]
    [TestCase(DealFeatureNames.Slippage, "2+", 0.4, 0.0)]
    [TestCase(DealFeatureNames.Amount, "up to 10,000", -0.4, -0.4)]
    [TestCase(DealFeatureNames.OwnerTier, "C", 0.4, 0.4)]
    public void Apply_Should_HoldTheLogRatioToTheBandsCoachedDirection(string feature, string band, double logRatio, double expected)
    {
        Assert.That(CoachedDirection.Apply(feature, band, logRatio), Is.EqualTo(expected));
    }

    [Test]
    public void Score_CoachedBandsThatGoWithLosingHere_Should_NotLowerTheScore()
    {
        // Arrange: one won deal touched 10 days before, 2 contacts, pushed once; one lost deal touched 2 days before,
        // 3 contacts, never pushed. Both at the last stage, same amount and tier (stage ratio 1; amount and tier are
        // shared by every deal: no weight).
        var model = new DealModel(Profile());
        model.Add(DealModelTests.Features("w", OpportunityStatus.Won, 4, 10, 2, 1, 20000, Tier.B));
        model.Add(DealModelTests.Features("l", OpportunityStatus.Lost, 4, 2, 3, 0, 20000, Tier.B));
        var coachedHabits = DealModelTests.Features("o1", OpportunityStatus.Open, 4, 1, 3, 0, 20000, Tier.B);
        var likeTheWinner = DealModelTests.Features("o2", OpportunityStatus.Open, 4, 10, 2, 1, 20000, Tier.B);

        // Act
        var habits = model.Score(coachedHabits);
        var winner = model.Score(likeTheWinner);

        // Assert
        // prior = (1 + 10 × 0.25) ÷ (2 + 10) = 0.291667; shrink = 2 ÷ 12 = 1/6. A value only the lost deal had has
        // P(v | won) = (0 + 4 × 0.5) ÷ 5 = 0.4, P(v | lost) = (1 + 2) ÷ 5 = 0.6, ratio 2/3; only the won deal had: 1.5.
        // o1: touched 1 day ago, 3 contacts, never pushed: each ratio 2/3 is clamped to 1 (these only raise), so the
        // deal scores the prior and shows no reason at all.
        Assert.That(habits.Probability, Is.EqualTo(3.5 / 12).Within(1e-12));
        Assert.That(habits.PositiveReasons.Concat(habits.NegativeReasons), Is.Empty);
        // o2: 8-14 days and 2 contacts move freely (ratio 1.5 each); pushed once only lowers, so its 1.5 becomes 1.
        // odds = (3.5 ÷ 8.5) × 1.5^(2/6) = 0.411765 × 1.144714 = 0.471353 → p = 0.320355.
        Assert.That(winner.Probability, Is.EqualTo(0.471353 / 1.471353).Within(1e-6));
        Assert.That(winner.PositiveReasons.Select(r => r.Text), Is.EquivalentTo(new[] { "Touched 10 days ago", "2 contacts engaged" }));
        Assert.That(winner.NegativeReasons, Is.Empty);
    }

    [Test]
    public void Score_TwoContactsGoingWithLosing_Should_ReadAsWinningLessOftenAndOneContact_Should_ReadAsTheRisk()
    {
        // Arrange: the won deal engaged 3+ contacts, the lost deals 2 and 1; everything else shared.
        var model = new DealModel(Profile());
        model.Add(DealModelTests.Features("w", OpportunityStatus.Won, 4, 2, 3, 0, 20000, Tier.B));
        model.Add(DealModelTests.Features("l1", OpportunityStatus.Lost, 4, 2, 2, 0, 20000, Tier.B));
        model.Add(DealModelTests.Features("l2", OpportunityStatus.Lost, 4, 2, 1, 0, 20000, Tier.B));

        // Act
        var two = model.Score(DealModelTests.Features("o2", OpportunityStatus.Open, 4, 2, 2, 0, 20000, Tier.B));
        var one = model.Score(DealModelTests.Features("o1", OpportunityStatus.Open, 4, 2, 1, 0, 20000, Tier.B));

        // Assert: "2" is not a coached band, so it lowers the score as this org's deals say and explains itself;
        // "1" only lowers and reads as the risk it is.
        Assert.That(two.NegativeReasons.Select(r => r.Text), Is.EqualTo(new[] { "2 contacts engaged (wins less often here)" }));
        Assert.That(one.NegativeReasons.Select(r => r.Text), Is.EqualTo(new[] { "1 contact engaged" }));
    }
}
