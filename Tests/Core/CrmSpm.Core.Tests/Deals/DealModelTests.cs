using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Tests.Deals;

public class DealModelTests : CoreTestBase
{
    internal static DealFeatures Features(string id, OpportunityStatus outcome, int stageOrder, double? daysSinceTouch, int contacts, int pushes, decimal amount, Tier tier) => new DealFeatures
    {
        OpportunityId = id, Outcome = outcome, StageOrder = stageOrder, StageName = "S" + stageOrder, DaysSinceTouch = daysSinceTouch,
        ContactsEngaged = contacts, ClosePushes = pushes, Amount = amount, OwnerTier = tier,
    };

    private static DealFeatures WonAtClose => Features("w", OpportunityStatus.Won, 4, 2, 3, 0, 20000, Tier.A);

    private static DealFeatures LostAtDevelop => Features("l", OpportunityStatus.Lost, 2, null, 1, 2, 5000, Tier.C);

    [Test]
    public void Score_OneWonOneLost_Should_MatchTheHandComputedProbability()
    {
        // Arrange
        var model = new DealModel(Profile());
        model.Add(WonAtClose);
        model.Add(LostAtDevelop);
        var open = Features("o", OpportunityStatus.Open, 3, 1, 3, 0, 20000, Tier.A);

        // Act
        var score = model.Score(open);

        // Assert
        // prior = (1 + 10 × 0.25) ÷ (2 + 10) = 0.29167; shrink = 2 ÷ 12 = 1/6; unchecked model, so weight 1.
        // m-estimates with m = 4 toward the value's share 1/2: stage Propose (reached by the won deal only):
        // P(won) = (1 + 4 × 0.5) ÷ (1 + 4) = 0.6, P(lost) = (0 + 2) ÷ 5 = 0.4, ratio 1.5; each of the five other
        // features has the won deal's value and not the lost deal's, ratio 1.5 too. Evidence = 6 ln 1.5 × 1/6 = ln 1.5.
        // odds = 0.29167 ÷ 0.70833 × 1.5 = 0.61765 → p = 0.38182.
        Assert.That(score.PriorProbability, Is.EqualTo(3.5 / 12).Within(1e-9));
        Assert.That(score.Probability, Is.EqualTo(0.61765 / 1.61765).Within(1e-4));
        Assert.That(score.Score, Is.EqualTo(38));
        Assert.That(score.PositiveReasons.Count, Is.EqualTo(3));
        Assert.That(score.NegativeReasons, Is.Empty);
    }

    [Test]
    public void Score_ReasonsThatHurt_Should_ReadAsARiskAndReasonsThatHelp_Should_StateTheFact()
    {
        // Arrange: one won and one lost deal, as in the test above.
        var model = new DealModel(Profile());
        model.Add(WonAtClose);
        model.Add(LostAtDevelop);
        var likeTheLoser = Features("o1", OpportunityStatus.Open, 2, null, 1, 2, 5000, Tier.C);
        var likeTheWinner = Features("o2", OpportunityStatus.Open, 2, 1, 3, 0, 20000, Tier.A);

        // Act
        var risky = model.Score(likeTheLoser);
        var healthy = model.Score(likeTheWinner);

        // Assert
        // Stage 2 (Develop) was reached by both deals, so its likelihood ratio is (2/3) ÷ (2/3) = 1: no reason.
        // The five other features match the lost deal and each has ratio 1/2, so their impacts are equal and
        // ties go by feature name: amount, contacts, owner-tier (touch-recency and slippage are left out of the top 3).
        // A small amount does not sound like a risk, so it says why it is listed; one contact and tier C do.
        Assert.That(risky.NegativeReasons.Select(r => r.Text), Is.EqualTo(new[] { "Amount up to 10,000 (wins less often here)", "1 contact engaged", "Owner in tier C" }));
        Assert.That(healthy.PositiveReasons.Select(r => r.Text), Is.EqualTo(new[] { "Amount 10,000 to 50,000", "3 contacts engaged", "Owner in tier A" }));
    }

    [Test]
    public void Add_LostDeal_Should_CountOnlyTheStagesItReached()
    {
        // Arrange
        var model = new DealModel(Profile());

        // Act: lost at Develop (order 2) → counts for Qualify (1) and Develop (2), as Odoo does.
        model.Add(LostAtDevelop);
        model.Add(WonAtClose);

        // Assert
        var state = model.ToState();
        Assert.That(state.LostReachedStage.Select(s => s.Order + ":" + s.Lost), Is.EqualTo(new[] { "1:1", "2:1" }));
        Assert.That(state.Won, Is.EqualTo(1));
        Assert.That(state.Lost, Is.EqualTo(1));
    }

    [Test]
    public void Score_LaterStage_Should_RaiseTheProbability()
    {
        // Arrange: lost deals mostly die early, so reaching Close is good news.
        var model = new DealModel(Profile());
        for (var i = 0; i < 10; i++)
        {
            model.Add(Features("w" + i, OpportunityStatus.Won, 4, 3, 2, 0, 20000, Tier.B));
            model.Add(Features("l" + i, OpportunityStatus.Lost, 1 + i % 2, 3, 2, 0, 20000, Tier.B));
        }

        // Act
        var early = model.Score(Features("e", OpportunityStatus.Open, 1, 3, 2, 0, 20000, Tier.B));
        var late = model.Score(Features("x", OpportunityStatus.Open, 4, 3, 2, 0, 20000, Tier.B));

        // Assert
        Assert.That(late.Probability, Is.GreaterThan(early.Probability));
        Assert.That(late.PositiveReasons.First().Feature, Is.EqualTo(DealFeatureNames.Stage));
    }

    [Test]
    public void Score_EmptyModel_Should_ReturnTheDefaultWinRate()
    {
        // Act
        var score = new DealModel(Profile()).Score(Features("o", OpportunityStatus.Open, 2, 5, 1, 0, 1000, Tier.NotTiered));

        // Assert
        Assert.That(score.Probability, Is.EqualTo(0.25).Within(1e-9));
        Assert.That(score.PositiveReasons.Concat(score.NegativeReasons), Is.Empty);
    }

    [Test]
    public void Remove_AfterAdd_Should_RestoreTheStateAndRefuseUnknownDeals()
    {
        // Arrange
        var model = new DealModel(Profile());
        model.Add(WonAtClose);
        var before = model.ToJson();
        model.Add(LostAtDevelop);

        // Act
        var removed = model.Remove(LostAtDevelop);
        var removedTwice = model.Remove(LostAtDevelop);

        // Assert
        Assert.That(removed, Is.True);
        Assert.That(removedTwice, Is.False, "a deal that is not counted cannot be removed");
        Assert.That(model.ToJson(), Is.EqualTo(before));
    }

    [Test]
    public void Json_RoundTrip_Should_ScoreIdentically()
    {
        // Arrange
        var model = new DealModel(Profile());
        model.Add(WonAtClose);
        model.Add(LostAtDevelop);
        var open = Features("o", OpportunityStatus.Open, 2, 20, 0, 3, 300000, Tier.C);

        // Act
        var restored = DealModel.FromJson(model.ToJson(), Profile());

        // Assert
        Assert.That(restored.ToJson(), Is.EqualTo(model.ToJson()));
        Assert.That(restored.Score(open).Probability, Is.EqualTo(model.Score(open).Probability));
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("{\"version\": 99, \"won\": 1}")]
    [TestCase("{\"won\": \"many\"}")]
    public void FromJson_BadState_Should_ThrowFormatException(string json)
    {
        Assert.Throws<FormatException>(() => DealModel.FromJson(json, Profile()));
    }

    [Test]
    public void Add_OpenDeal_Should_BeRefused()
    {
        Assert.Throws<ArgumentException>(() => new DealModel(Profile()).Add(Features("o", OpportunityStatus.Open, 1, 1, 1, 0, 1, Tier.A)));
    }

    [Test]
    public void Score_FeatureEveryDealShares_Should_CarryNoWeight()
    {
        // Arrange: 8 won and 2 lost, all never touched, one contact, no push, same amount band, untiered, lost at the first stage.
        var model = new DealModel(Profile());
        for (var i = 0; i < 10; i++)
        {
            model.Add(Features("c" + i, i < 8 ? OpportunityStatus.Won : OpportunityStatus.Lost, i < 8 ? 4 : 1, null, 1, 0, 20000, Tier.NotTiered));
        }

        var open = Features("o", OpportunityStatus.Open, 1, null, 1, 0, 20000, Tier.NotTiered);

        // Act
        var score = model.Score(open);

        // Assert: prior = (8 + 10 × 0.25) ÷ (10 + 10) = 0.525; every lost deal reached the first stage, so the stage
        // ratio is (8 + 4) ÷ 12 over (2 + 4) ÷ 6 = 1, and every other feature is shared by all ten deals.
        Assert.That(score.Probability, Is.EqualTo(0.525).Within(1e-12));
        Assert.That(score.PositiveReasons.Concat(score.NegativeReasons).Select(r => r.Text), Has.None.EqualTo("Never touched"));
    }

    [Test]
    public void Score_CheckedWeight_Should_ShrinkTheEvidenceByDealsAndByTheCheck()
    {
        // Arrange: 3 won and 7 lost, all at the last stage (so the stage ratio is 1), never touched, no push, same amount
        // and tier (shared by all ten: no weight). Contacts: the 3 won and 1 lost deal engaged 3+, the other 6 lost one.
        var model = new DealModel(Profile());
        for (var i = 0; i < 10; i++)
        {
            model.Add(Features("c" + i, i < 3 ? OpportunityStatus.Won : OpportunityStatus.Lost, 4, null, i < 4 ? 3 : 1, 0, 20000, Tier.NotTiered));
        }

        var state = model.ToState();
        state.Signal = DealModelSignal.Signal;
        state.EvidenceWeight = 0.5;
        var checkedModel = DealModel.FromState(state, Profile());
        var open = Features("o", OpportunityStatus.Open, 4, null, 3, 0, 20000, Tier.NotTiered);

        // Act
        var unweighed = model.Score(open);
        var weighed = checkedModel.Score(open);

        // Assert: prior = (3 + 10 × 0.25) ÷ (10 + 10) = 0.275, logit −0.969401; shrink = 10 ÷ (10 + 10) = 0.5.
        // Contacts 3+: share 4/10, P(3+ | won) = (3 + 4 × 0.4) ÷ (3 + 4) = 0.657143, P(3+ | lost) = (1 + 1.6) ÷ (7 + 4)
        // = 0.236364, ln ratio = 1.022530. Unchecked (w = 1): logit = −0.969401 + 0.5 × 1.022530 = −0.458136 → 0.387428.
        // Checked at w = 0.5: logit = −0.969401 + 0.5 × 0.5 × 1.022530 = −0.713768 → 0.328767.
        Assert.That(unweighed.Probability, Is.EqualTo(0.387428).Within(1e-6));
        Assert.That(weighed.Probability, Is.EqualTo(0.328767).Within(1e-6));
        Assert.That(weighed.PriorProbability, Is.EqualTo(0.275).Within(1e-12));
        Assert.That(weighed.PositiveReasons.Select(r => r.Feature), Is.EqualTo(new[] { DealFeatureNames.Contacts }));
    }

    [Test]
    public void FromJson_StateWrittenBeforeTheCheckExisted_Should_LoadAsUnchecked()
    {
        // Act
        var model = DealModel.FromJson("{\"version\":1,\"won\":1,\"lost\":1,\"lostReachedStage\":[],\"counts\":[]}", Profile());

        // Assert
        Assert.That(model.Signal, Is.EqualTo(DealModelSignal.Unchecked));
        Assert.That(model.EvidenceWeight, Is.EqualTo(1));
    }
}
