using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>The pipeline tier: requests go through the embedded org, which runs the steps the plugins declare.</summary>
public sealed class DealLifecyclePipelineTests : PluginTestBase
{
    [Test]
    public void CreateDeal_AtDevelopWithoutNextStep_Should_ScoreItAndRaiseOneTipForTheRep()
    {
        // Arrange
        var org = CreateOrg();

        // Act
        var dealId = org.AsRep.Create(NewDeal(org));

        // Assert: no closed deals yet, so the score is the default win rate 0.25; the only rule that fires at
        // Develop on a new, dated deal is missing-next-step.
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(true));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.DealScore), Is.EqualTo(25));
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.StageHistory), Does.Contain("\"stage\":\"Develop\""));
        var tip = OpenTips(org, dealId).Single();
        Assert.That(tip.Id, Is.EqualTo(TipIdentity.ForKey("missing-next-step|opportunity|" + dealId)));
        Assert.That(tip.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id, Is.EqualTo(org.Rep));
    }

    [Test]
    public void CreateDeal_AtProposeThenMoved_Should_CountProposeFromCreationWithNoEarlierStages()
    {
        // Arrange: a deal created directly at Propose (the third stage), moved to Close 10 days later.
        var org = CreateOrg();
        var created = org.Time.GetUtcNow().UtcDateTime;
        var dealId = org.AsRep.Create(NewDeal(org, stage: "Propose", nextStep: "Demo"));
        org.Time.Advance(TimeSpan.FromDays(10));

        // Act
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.StepName] = "Close" });

        // Assert: Propose entered at the deal's createdon, Close 10 days later; Qualify and Develop never appear.
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId,
            new ColumnSet(OpportunityColumns.StageHistory, OpportunityColumns.StageEnteredOn, OpportunityColumns.CreatedOn));
        Assert.That(deal.GetAttributeValue<DateTime>(OpportunityColumns.CreatedOn), Is.EqualTo(created));
        var history = OpportunityMapper.StageHistoryOf(deal).Select(e => (e.Stage, e.EnteredOn)).ToList();
        Assert.That(history, Is.EqualTo(new[] { ("Propose", created), ("Close", created.AddDays(10)) }));
        Assert.That(deal.GetAttributeValue<DateTime>(OpportunityColumns.StageEnteredOn), Is.EqualTo(created.AddDays(10)));
    }

    [Test]
    public void UpdateDeal_NextStepFilledIn_Should_CloseTheTip()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));

        // Act
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.NextStep] = "Demo on Tuesday" });

        // Assert
        Assert.That(OpenTips(org, dealId), Is.Empty);
        var tip = org.AsSystem.Retrieve(CoachingTipColumns.EntityName, TipIdentity.ForKey("missing-next-step|opportunity|" + dealId), new ColumnSet(ActivityColumns.StateCode));
        Assert.That(tip.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Completed));
    }

    [Test]
    public void PushCloseDate_Twice_Should_CountTwoPushes()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        var closeDate = Now.AddDays(30);

        // Act: two later dates, then an earlier one (not a push).
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = closeDate.AddDays(14) });
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = closeDate.AddDays(28) });
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = closeDate.AddDays(21) });

        // Assert
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.ClosedatePushCount));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.ClosedatePushCount), Is.EqualTo(2));
    }

    [Test]
    public void LogCall_OnAStaleDeal_Should_RecordTheTouchAndCloseTheStaleTip()
    {
        // Arrange: a deal created now, left alone for 20 days, then edited so its stale-deal tip is raised.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        org.Time.Advance(TimeSpan.FromDays(20));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(55_000m) });
        Assert.That(OpenTips(org, dealId).Select(t => t.GetAttributeValue<string>(CoachingTipColumns.RuleId)), Is.EqualTo(new[] { "stale-deal" }));

        // Act
        LogCall(org.AsRep, org, dealId);

        // Assert
        Assert.That(OpenTips(org, dealId), Is.Empty);
        var touched = org.Time.GetUtcNow().UtcDateTime;
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.LastTouchOn, OpportunityColumns.ActivityCount));
        Assert.That(deal.GetAttributeValue<DateTime>(OpportunityColumns.LastTouchOn), Is.EqualTo(touched));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.ActivityCount), Is.EqualTo(1));
        var account = org.AsSystem.Retrieve(AccountColumns.EntityName, org.Account, new ColumnSet(AccountColumns.LastTouchOn));
        Assert.That(account.GetAttributeValue<DateTime>(AccountColumns.LastTouchOn), Is.EqualTo(touched));
    }

    [Test]
    public void LogCall_RegardingTheAccountOnly_Should_TouchTheAccount()
    {
        // Arrange
        var org = CreateOrg();
        var call = CompletedCall(org, Guid.Empty);
        call[ActivityColumns.RegardingObjectId] = new EntityReference(AccountColumns.EntityName, org.Account);

        // Act
        Complete(org.AsRep, ActivityColumns.PhoneCall, org.AsRep.Create(call));

        // Assert
        var account = org.AsSystem.Retrieve(AccountColumns.EntityName, org.Account, new ColumnSet(AccountColumns.LastTouchOn));
        Assert.That(account.GetAttributeValue<DateTime>(AccountColumns.LastTouchOn), Is.EqualTo(Now));
    }

    [Test]
    public void SaveProfile_Invalid_Should_BeRejectedWithEveryProblem()
    {
        // Arrange
        var org = CreateOrg();
        var profile = new Entity(ScoringProfileColumns.EntityName)
        {
            [ScoringProfileColumns.Name] = "Broken",
            [ScoringProfileColumns.ProfileJson] = "{\"version\": 1, \"weights\": 3}",
        };

        // Act
        var error = Assert.Catch(() => org.AsSystem.Create(profile));

        // Assert: the save is blocked (PreValidation) and nothing was stored.
        Assert.That(error!.Message, Does.StartWith("The scoring profile was not saved"));
        Assert.That(org.Org.RowCount(ScoringProfileColumns.EntityName), Is.EqualTo(0));
    }
}
