using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;
using static CrmSpm.Core.Tests.Deals.DealModelTests;

namespace CrmSpm.Core.Tests.Deals;

/// <summary>The deal model's held-out check (<see cref="DealModel.Calibrate"/>, docs/scoring.md §6).</summary>
public class DealModelCheckTests : CoreTestBase
{
    /// <summary>
    /// <paramref name="count"/> closed deals, one a day up to yesterday, at stage 2 with 2 contacts, no push, tier B:
    /// touched a day before closing when <paramref name="fresh"/>, 30 days before otherwise.
    /// </summary>
    private static List<DealFeatures> TouchSeries(int count, Func<int, bool> fresh, Func<int, bool> won) => Enumerable.Range(0, count).Select(i =>
    {
        var deal = Features("c" + i.ToString("00"), won(i) ? OpportunityStatus.Won : OpportunityStatus.Lost, 2, fresh(i) ? 1 : 30, 2, 0, 20000, Tier.B);
        deal.ClosedOn = DaysAgo(count - i);
        return deal;
    }).ToList();

    /// <summary>A model rebuilt and checked on <paramref name="count"/> closed deals made by <paramref name="deal"/>, one a day up to yesterday.</summary>
    private static DealModel Calibrated(int count, Func<int, DealFeatures> deal)
    {
        var deals = Enumerable.Range(0, count).Select(i =>
        {
            var closed = deal(i);
            closed.ClosedOn = DaysAgo(count - i);
            return closed;
        }).ToList();
        var model = new DealModel(Profile());
        model.Rebuild(deals);
        model.Calibrate(deals);
        return model;
    }

    [Test]
    public void Calibrate_OutcomesUnrelatedToFeatures_Should_ReportNotEnoughSignalAndScoreTheTeamRate()
    {
        // Arrange: 60 closed deals over 60 days; touch recency alternates with a period of 2, outcome with a period of 3.
        var deals = TouchSeries(60, fresh: i => i % 2 == 0, won: i => i % 3 == 0);
        var model = new DealModel(Profile());
        model.Rebuild(deals);

        // Act
        model.Calibrate(deals);
        var score = model.Score(Features("o", OpportunityStatus.Open, 2, 1, 2, 0, 20000, Tier.B));

        // Assert: 20 won of 60; prior = (20 + 2.5) ÷ 70.
        Assert.That(model.Signal, Is.EqualTo(DealModelSignal.NotEnoughSignal));
        Assert.That(score.Probability, Is.EqualTo(22.5 / 70).Within(1e-12));
        Assert.That(score.PositiveReasons.Concat(score.NegativeReasons), Is.Empty);
        Assert.That(score.Note, Is.EqualTo("Not enough signal yet: the team wins 33 % of its 60 closed deals."));
    }

    [Test]
    public void Calibrate_OutcomesThatFollowAFeature_Should_FindSignalAndSurviveJson()
    {
        // Arrange: deals touched in the last 3 days win 9 times in 10, the others 1 in 10.
        var deals = TouchSeries(80, fresh: i => i % 2 == 0, won: i => i % 2 == 0 ? i % 20 != 0 : i % 20 == 1);
        var model = new DealModel(Profile());
        model.Rebuild(deals);

        // Act
        model.Calibrate(deals);
        var restored = DealModel.FromJson(model.ToJson(), Profile());
        var fresh = Features("o1", OpportunityStatus.Open, 2, 1, 2, 0, 20000, Tier.B);
        var stale = Features("o2", OpportunityStatus.Open, 2, 30, 2, 0, 20000, Tier.B);

        // Assert
        Assert.That(model.Signal, Is.EqualTo(DealModelSignal.Signal));
        Assert.That(model.EvidenceWeight, Is.GreaterThan(0));
        Assert.That(model.HeldOutBrier, Is.LessThan(model.BaseRateBrier));
        Assert.That(restored.Signal, Is.EqualTo(DealModelSignal.Signal));
        Assert.That(restored.Score(fresh).Probability, Is.EqualTo(model.Score(fresh).Probability));
        Assert.That(model.Score(fresh).Probability, Is.GreaterThan(0.5));
        Assert.That(model.Score(stale).Probability, Is.LessThan(0.5));
    }

    [Test]
    public void Calibrate_NoWinAmongTheClosedDeals_Should_ReportNotEnoughSignalAndScoreThePrior()
    {
        // Arrange: a brand-new org whose first 40 closed deals are all losses: nothing says what a winning deal looks like.

        // Act
        var model = Calibrated(40, i => Features("c" + i.ToString("00"), OpportunityStatus.Lost, 1 + i % 2, i % 3 == 0 ? 1 : 30, 1 + i % 3, i % 2, 20000, Tier.NotTiered));
        var score = model.Score(Features("o", OpportunityStatus.Open, 3, 1, 3, 0, 20000, Tier.NotTiered));

        // Assert: prior = (0 + 10 × 0.25) ÷ (40 + 10) = 0.05.
        Assert.That(model.Signal, Is.EqualTo(DealModelSignal.NotEnoughSignal));
        Assert.That(score.Probability, Is.EqualTo(0.05).Within(1e-12));
        Assert.That(score.Note, Is.EqualTo("Not enough signal yet: the team wins 0 % of its 40 closed deals."));
    }

    [Test]
    public void Calibrate_SameDealsInAnotherOrder_Should_GiveTheSameVerdictAndWeight()
    {
        // Arrange: 60 deals below the time-ordered size, so the leave-one-out check and its seeded shuffles decide;
        // fresh touches win 2 times in 3, stale ones 1 in 3.
        var deals = TouchSeries(60, fresh: i => i % 2 == 0, won: i => i % 2 == 0 ? i % 3 != 0 : i % 3 == 0);
        var first = new DealModel(Profile());
        var second = new DealModel(Profile());
        first.Rebuild(deals);
        second.Rebuild(Enumerable.Reverse(deals));

        // Act
        first.Calibrate(deals);
        second.Calibrate(Enumerable.Reverse(deals));

        // Assert
        Assert.That((second.Signal, second.EvidenceWeight, second.HeldOutBrier), Is.EqualTo((first.Signal, first.EvidenceWeight, first.HeldOutBrier)));
        Assert.That(first.Signal, Is.Not.EqualTo(DealModelSignal.Unchecked));
    }

    [Test]
    public void Calibrate_SignalInTheStageAloneAmongNoisyFeatures_Should_WeightTheStageAlone()
    {
        // Arrange: 40 closed deals; 12 won (at stage 3), 8 lost at stage 3 and 20 lost at stage 1. Touch, contacts,
        // pushes and amount each take 4 values spread evenly over the winners and over the losers: no signal in them,
        // but a dozen values that 40 deals cannot weigh, which sinks the leave-one-out check of every feature.
        var touches = new double?[] { 1, 5, 10, 30 };
        var amounts = new decimal[] { 5000, 20000, 60000, 150000 };

        // Act
        var model = Calibrated(40, i => Features("c" + i.ToString("00"), i % 10 < 3 ? OpportunityStatus.Won : OpportunityStatus.Lost, i % 10 < 5 ? 3 : 1,
            touches[(i / 10 + i % 10) % 4], (i / 10 + 2 * (i % 10)) % 4, (i / 10 + 3 * (i % 10)) % 4, amounts[(i / 10 + 5 * (i % 10)) % 4], Tier.B));
        var restored = DealModel.FromJson(model.ToJson(), Profile());
        var score = restored.Score(Features("o", OpportunityStatus.Open, 3, 30, 0, 3, 150000, Tier.B));

        // Assert: prior = (12 + 10 × 0.25) ÷ (40 + 10) = 0.29; stage 3: q = (12 + 8) ÷ 40 = 0.5,
        // LR = ((12 + 2) ÷ 16) ÷ ((8 + 2) ÷ 32) = 2.8; shrink = 40 ÷ 50; the other features add nothing.
        Assert.That((model.Signal, model.StageOnly, restored.StageOnly), Is.EqualTo((DealModelSignal.Signal, true, true)));
        var expected = 1 / (1 + Math.Exp(-(Math.Log(0.29 / 0.71) + model.EvidenceWeight * 0.8 * Math.Log(2.8))));
        Assert.That(score.Probability, Is.EqualTo(expected).Within(1e-12));
        Assert.That(score.PositiveReasons.Concat(score.NegativeReasons).Select(r => r.Feature), Is.EqualTo(new[] { DealFeatureNames.Stage }));
    }
}
