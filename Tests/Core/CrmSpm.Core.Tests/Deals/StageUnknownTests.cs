using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Deals;

public class StageUnknownTests : CoreTestBase
{
    private static DealFeatures Unknown(string id, OpportunityStatus outcome) =>
        DealModelTests.Features(id, outcome, DealFeatures.StageUnknown, 2, 2, 0, 20000, Tier.B);

    [Test]
    public void ForTraining_ClosedDealWithoutStageHistory_Should_HaveAnUnknownStage()
    {
        // Arrange: two won deals at Close; one has its stage history, the other none (only the record's final stage).
        var builder = new DealFactsBuilder(Profile());
        var withHistory = ClosedDeal("h", OpportunityStatus.Won);
        var withoutHistory = ClosedDeal("n", OpportunityStatus.Won);
        withoutHistory.StageHistory = new List<StageChange>();

        // Act
        var known = DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(withHistory, new Activity[0])!, Facts(withHistory), Tier.B);
        var unknown = DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(withoutHistory, new Activity[0])!, Facts(withoutHistory), Tier.B);

        var engineView = MidLifeFeatures.Build(builder, withoutHistory, new ArraySegment<Activity>(new Activity[0]), Facts(withoutHistory));

        // Assert: the history says Close (order 4) since creation; without a history the stage is not guessed, on
        // the full run's shortcut either.
        Assert.That(known.StageOrder, Is.EqualTo(4));
        Assert.That(unknown.StageOrder, Is.EqualTo(DealFeatures.StageUnknown));
        Assert.That(unknown.StageName, Is.EqualTo(""));
        Assert.That(engineView.StageOrder, Is.EqualTo(DealFeatures.StageUnknown));
    }

    [Test]
    public void Score_ClosedDealsWithUnknownStage_Should_NotTeachTheStageRatio()
    {
        // Arrange: one won deal at Close and one lost at Qualify have a stage; three lost deals have none. Every deal
        // shares touch, contacts, pushes, amount and tier, so only the stage and the prior move the score.
        var model = new DealModel(Profile());
        model.Add(DealModelTests.Features("w", OpportunityStatus.Won, 4, 2, 2, 0, 20000, Tier.B));
        model.Add(DealModelTests.Features("l", OpportunityStatus.Lost, 1, 2, 2, 0, 20000, Tier.B));
        for (var i = 0; i < 3; i++)
        {
            model.Add(Unknown("u" + i, OpportunityStatus.Lost));
        }

        // Act
        var score = model.Score(DealModelTests.Features("o", OpportunityStatus.Open, 4, 2, 2, 0, 20000, Tier.B));

        // Assert: prior = (1 + 10 × 0.25) ÷ (5 + 10) = 0.233333 over all five deals; shrink = 5 ÷ 15 = 1/3.
        // Stage Close from the two known deals (W 1, L 1, no lost deal reached it): share 1/2,
        // P(won) = (1 + 2) ÷ 5 = 0.6, P(lost) = (0 + 2) ÷ 5 = 0.4, ratio 1.5.
        // odds = (3.5 ÷ 11.5) × 1.5^(1/3) = 0.304348 × 1.144714 = 0.348391 → p = 0.258375.
        Assert.That(score.Probability, Is.EqualTo(0.348391 / 1.348391).Within(1e-6));
        Assert.That(score.PriorProbability, Is.EqualTo(3.5 / 15).Within(1e-12));
        var state = model.ToState();
        Assert.That(state.LostReachedStage.Select(s => s.Order + ":" + s.Lost), Is.EqualTo(new[] { "1:1" }), "unknown stages reach no stage");
        Assert.That(state.UnknownStageLost, Is.EqualTo(3));
    }

    [Test]
    public void Remove_UnknownStageDeal_Should_RestoreTheStateAndRefuseOneNotCounted()
    {
        // Arrange
        var model = new DealModel(Profile());
        model.Add(DealModelTests.Features("w", OpportunityStatus.Won, 4, 2, 2, 0, 20000, Tier.B));
        var before = model.ToJson();
        model.Add(Unknown("u", OpportunityStatus.Won));

        // Act
        var removed = model.Remove(Unknown("u", OpportunityStatus.Won));
        var removedLost = model.Remove(Unknown("u", OpportunityStatus.Lost));

        // Assert
        Assert.That(removed, Is.True);
        Assert.That(removedLost, Is.False, "no lost deal with an unknown stage was counted");
        Assert.That(model.ToJson(), Is.EqualTo(before));
    }

    [Test]
    public void Json_UnknownStageCounts_Should_RoundTripAndOldStatesReadAsKnownStages()
    {
        // Arrange
        var model = new DealModel(Profile());
        model.Add(DealModelTests.Features("w", OpportunityStatus.Won, 4, 2, 2, 0, 20000, Tier.B));
        var withoutUnknown = model.ToJson();
        model.Add(Unknown("u", OpportunityStatus.Lost));

        // Act
        var restored = DealModel.FromJson(model.ToJson(), Profile());
        var old = DealModel.FromJson("{\"version\":1,\"won\":1,\"lost\":1,\"lostReachedStage\":[{\"order\":1,\"lost\":1}],\"counts\":[]}", Profile());

        // Assert
        Assert.That(withoutUnknown, Does.Not.Contain("unknownStage"), "states without unknown stages are written as before");
        Assert.That(restored.ToJson(), Is.EqualTo(model.ToJson()));
        Assert.That(restored.ToState().UnknownStageLost, Is.EqualTo(1));
        Assert.That(old.ToState().UnknownStageWon + old.ToState().UnknownStageLost, Is.EqualTo(0));
    }
}
