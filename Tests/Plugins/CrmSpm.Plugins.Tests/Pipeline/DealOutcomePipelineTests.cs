using CrmSpm.Core.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

public sealed class DealOutcomePipelineTests : PluginTestBase
{
    [Test]
    public void DealLifecycle_CreateTouchPushWin_Should_CountTheWinEverywhereAndRecognizeTheMilestone()
    {
        // Arrange: quota 40,000 for the period, so winning the 50,000 deal reaches 125 % (milestone 100 %).
        var org = CreateOrg();
        SeedQuota(org, 40_000m);
        var dealId = org.AsRep.Create(NewDeal(org));
        org.Time.Advance(TimeSpan.FromDays(2));
        LogCall(org.AsRep, org, dealId);
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(40) });

        // Act: the rep's Win, then the system jobs it queued (the close is an asynchronous step).
        Win(org.AsRep, dealId);
        org.Org.RunAsyncOperations();

        // Assert: the team's model counts one won deal, the scorecard one win (win rate 1/1), no tip stays open.
        var model = OnlyRow(org, ModelStateColumns.EntityName);
        Assert.That(CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(model.GetAttributeValue<string>(ModelStateColumns.StateJson)).Won, Is.EqualTo(1));
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        Assert.That(card.GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(1));
        Assert.That(card.GetAttributeValue<decimal>(ScorecardColumns.WinRate), Is.EqualTo(1m));
        Assert.That(card.GetAttributeValue<Money>(ScorecardColumns.WonAmount).Value, Is.EqualTo(50_000m));
        Assert.That(card.GetAttributeValue<decimal>(ScorecardColumns.QuotaAttainment), Is.EqualTo(1.25m), "50,000 ÷ 40,000");
        Assert.That(OpenTips(org, dealId), Is.Empty);
        var post = OnlyRow(org, PostColumns.EntityName);
        // The scorecard's period named, the rep's name not repeated (the post sits on their deal).
        Assert.That(post.GetAttributeValue<string>(PostColumns.Text), Is.EqualTo(
            "Milestone reached in November 2026: Share what worked on the deals you won this period with the team.\nQuota attained this period: 125 % · Milestone: 100 %"));
        Assert.That(post.GetAttributeValue<EntityReference>(PostColumns.RegardingObjectId).Id, Is.EqualTo(dealId));
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.ClosedatePushCount));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.ClosedatePushCount), Is.EqualTo(1));
    }

    [Test]
    public void MilestoneWonReopenedWonAgainThenRecomputedTwice_Should_PostTheRecognitionOnce()
    {
        // Arrange: quota 40,000, so the 50,000 win reaches 125 % of it (milestone 100 %).
        var org = CreateOrg();
        SeedQuota(org, 40_000m);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act: win (crosses the milestone), reopen, win again (crosses it again), then two nightly runs.
        Win(org.AsRep, dealId);
        org.Org.RunAsyncOperations();
        org.AsSystem.Update(new Entity(OpportunityColumns.EntityName, dealId)
        {
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
            [OpportunityColumns.StatusCode] = new OptionSetValue(1),
        });
        org.Org.RunAsyncOperations();
        Win(org.AsRep, dealId);
        org.Org.RunAsyncOperations();
        RecomputeLoop.Run(org.AsSystem);
        RecomputeLoop.Run(org.AsSystem);

        // Assert: one post; the card's ledger holds the rep's November milestone once.
        Assert.That(org.Org.RowCount(PostColumns.EntityName), Is.EqualTo(1));
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        Assert.That(card.GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(1));
        Assert.That(card.GetAttributeValue<string>(ScorecardColumns.Recognitions), Is.EqualTo("[\"recognition|milestone|rep|" + org.Rep + "|2026-11\"]"));
    }

    [Test]
    public void RecomputeRaisingTheMilestone_ThenItsTipStateLost_Should_NotPostItAgain()
    {
        // Arrange: quota 40,000; a 50,000 deal won 2 days ago, written behind the steps' back (no close job posted).
        var org = CreateOrg();
        SeedQuota(org, 40_000m);
        org.Org.Seed(new Entity(OpportunityColumns.EntityName)
        {
            [OpportunityColumns.Name] = "Won behind the steps",
            [OpportunityColumns.StepName] = "Close",
            [OpportunityColumns.EstimatedValueBase] = new Money(50_000m),
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
            [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Won),
            [OpportunityColumns.CreatedOn] = Now.AddDays(-40),
            [OpportunityColumns.ActualCloseDate] = Now.AddDays(-2),
        });
        RecomputeLoop.Run(org.AsSystem);
        Assert.That(org.Org.RowCount(PostColumns.EntityName), Is.EqualTo(1), "the recompute recognised 125 % of quota");

        // Act: the card's tip state is lost (edited, trimmed), then two more runs.
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        org.AsSystem.Update(new Entity(ScorecardColumns.EntityName, card.Id) { [ScorecardColumns.TipState] = null });
        RecomputeLoop.Run(org.AsSystem);
        RecomputeLoop.Run(org.AsSystem);

        // Assert: still one post, on the rep's record; the ledger holds the November milestone.
        var post = OnlyRow(org, PostColumns.EntityName);
        Assert.That(post.GetAttributeValue<EntityReference>(PostColumns.RegardingObjectId).Id, Is.EqualTo(org.Rep));
        Assert.That(post.GetAttributeValue<string>(PostColumns.Text), Does.StartWith("Milestone reached in November 2026: "));
        Assert.That(OnlyRow(org, ScorecardColumns.EntityName).GetAttributeValue<string>(ScorecardColumns.Recognitions),
            Is.EqualTo("[\"recognition|milestone|rep|" + org.Rep + "|2026-11\"]"));
    }

    [Test]
    public void WinThenReopen_Should_LeaveTheModelAndScorecardAsBefore()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Win(org.AsRep, dealId);
        org.Org.RunAsyncOperations();
        Assert.That(OnlyRow(org, ScorecardColumns.EntityName).GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(1), "the win counted first");

        // Act: reopen by setting the state back to open, then its system job.
        org.AsSystem.Update(new Entity(OpportunityColumns.EntityName, dealId)
        {
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
            [OpportunityColumns.StatusCode] = new OptionSetValue(1),
        });
        org.Org.RunAsyncOperations();

        // Assert
        var model = OnlyRow(org, ModelStateColumns.EntityName);
        var state = CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(model.GetAttributeValue<string>(ModelStateColumns.StateJson));
        Assert.That(state.Won + state.Lost, Is.EqualTo(0));
        Assert.That(OnlyRow(org, ScorecardColumns.EntityName).GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(0));
        Assert.That(org.Org.RowCount(PostColumns.EntityName), Is.EqualTo(0), "no quota, so no milestone");
    }

    [Test]
    public void Lose_ThenAnotherDealScored_Should_PullItsScoreBelowTheDefault()
    {
        // Arrange: one lost deal at Develop; by hand, the prior becomes (0 + 10 × 0.25) ÷ (1 + 10) ≈ 0.227.
        var org = CreateOrg();
        var lostId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        Lose(org.AsRep, lostId);
        org.Org.RunAsyncOperations();

        // Act
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Assert
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.DealScore, OpportunityColumns.DealScoreReasons));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.DealScore), Is.LessThan(25));
        // One closed deal shares every feature value with all closed deals, so no feature can tell won from lost
        // yet: only the prior moves, and no reason is shown (docs/scoring.md §6).
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.DealScoreReasons), Is.EqualTo("[]"));
    }

    [Test]
    public void TwoWinsInOneTeamAtOnce_Should_CountBothInTheModelAndOnTheScorecard()
    {
        // Arrange: two 50,000 deals of one rep, one team, one model row, one scorecard.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var first = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        var second = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act: both closes commit before either system job runs; the jobs then run one after the other.
        Parallel.Invoke(() => Win(org.AsRep, first), () => Win(org.AsRep, second));
        var ran = org.Org.RunAsyncOperations();

        // Assert: no lost update: each job read what the other had written.
        Assert.That(ran, Is.EqualTo(2));
        var model = CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(OnlyRow(org, ModelStateColumns.EntityName).GetAttributeValue<string>(ModelStateColumns.StateJson));
        Assert.That(model.Won, Is.EqualTo(2), "the seeded model row counted none");
        var card = OnlyRow(org, ScorecardColumns.EntityName);
        Assert.That(card.GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(2));
        Assert.That(card.GetAttributeValue<Money>(ScorecardColumns.WonAmount).Value, Is.EqualTo(100_000m), "50,000 + 50,000");
    }

    /// <summary>The rep's November 2026 scorecard with only a quota, as a manager enters it.</summary>
    private static void SeedQuota(TestOrg org, decimal quota) => org.Org.Seed(new Entity(ScorecardColumns.EntityName)
    {
        [ScorecardColumns.Key] = org.Rep + "|2026-11",
        [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
        [ScorecardColumns.Period] = "2026-11",
        [ScorecardColumns.Quota] = new Money(quota),
        [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
    });
}
