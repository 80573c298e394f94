using StepRegistration = CrmSpm.EmbeddedOrg.Pipeline.StepRegistration;
using PipelineStage = CrmSpm.EmbeddedOrg.Pipeline.PipelineStage;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>The rules that protect users (docs/plugins.md, "Rules that protect users"), through the embedded org.</summary>
public sealed class SafetyPipelineTests : PluginTestBase
{
    [Test]
    public void TwoCallsAtOnce_OnADealMissingItsNextStep_Should_RaiseOneTip()
    {
        // Arrange: a deal that predates CrmSpm (seeded, so no step has seen it yet): Develop, no next step.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.Org.Seed(new Entity(OpportunityColumns.EntityName)
        {
            [OpportunityColumns.Name] = "Fabrikam expansion",
            [OpportunityColumns.StepName] = "Develop",
            [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(30),
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
            [OpportunityColumns.OwningBusinessUnit] = new EntityReference("businessunit", org.Team),
        });

        // Act: both events raise the same missing-next-step tip at the same moment.
        Parallel.Invoke(
            () => LogCall(org.AsRep, org, dealId),
            () => LogCall(org.AsRep, org, dealId));

        // Assert: one task, because both wrote the id derived from the same key.
        Assert.That(OpenTips(org, dealId).Select(t => t.GetAttributeValue<string>(CoachingTipColumns.RuleId)), Is.EqualTo(new[] { "missing-next-step" }));
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.ActivityCount));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.ActivityCount), Is.EqualTo(2));
    }

    [Test]
    public void FailingLaterStep_OnDealCreate_Should_RollBackEverythingOurStepsWrote()
    {
        // Arrange: another vendor's synchronous step after ours fails the save.
        var org = CreateOrg();
        org.Org.RegisterStep(new StepRegistration
        {
            Name = "Failing partner step",
            Message = MessageNames.Create,
            PrimaryEntity = OpportunityColumns.EntityName,
            Stage = PipelineStage.PostOperation,
            Rank = 99,
            Plugin = new FailingPlugin(),
        });

        // Act
        var error = Assert.Catch(() => org.AsRep.Create(NewDeal(org)));

        // Assert: the deal and the tip our step had already written are both gone.
        Assert.That(error!.Message, Does.Contain("partner step refused"));
        Assert.That(org.Org.RowCount(OpportunityColumns.EntityName), Is.EqualTo(0));
        Assert.That(org.Org.RowCount(CoachingTipColumns.EntityName), Is.EqualTo(0));
    }

    [Test]
    public void RepRole_ReadingScorecardsAndTips_Should_SeeOnlyTheirOwn()
    {
        // Arrange: each rep has a deal (with a tip) and a scorecard of their own.
        var org = CreateOrg();
        org.AsRep.Create(NewDeal(org));
        org.AsOtherRep.Create(NewDeal(org));
        SeedScorecard(org, org.Rep);
        SeedScorecard(org, org.OtherRep);

        // Act
        var cards = org.AsRep.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.RepId) }).Entities;
        var tipQuery = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(ActivityColumns.OwnerId) };
        tipQuery.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);
        var tips = org.AsRep.RetrieveMultiple(tipQuery).Entities;

        // Assert
        Assert.That(cards.Select(c => c.GetAttributeValue<EntityReference>(ScorecardColumns.RepId).Id), Is.EqualTo(new[] { org.Rep }));
        Assert.That(tips.Select(t => t.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id), Is.EqualTo(new[] { org.Rep }));
    }

    [Test]
    public void BrokenActiveProfile_Should_ScoreWithTheDefaultProfileAndSaySo()
    {
        // Arrange: a profile saved around the validation step (an import, a direct database fix) that does not parse.
        var org = CreateOrg();
        org.Org.Seed(new Entity(ScoringProfileColumns.EntityName)
        {
            [ScoringProfileColumns.Name] = "Broken",
            [ScoringProfileColumns.ProfileJson] = "{ \"weights\": ",
            [ScoringProfileColumns.IsActive] = true,
        });

        // Act
        var dealId = org.AsRep.Create(NewDeal(org));

        // Assert: the default profile's default win rate (0.25), and the trace tells an admin why.
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.DealScore));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.DealScore), Is.EqualTo(25));
        Assert.That(org.Org.Traces.Select(t => t.Text), Has.Some.Contains("The active scoring profile is invalid"));
    }

    private static void SeedScorecard(TestOrg org, Guid rep) => org.Org.Seed(new Entity(ScorecardColumns.EntityName)
    {
        [ScorecardColumns.Key] = rep + "|2026-11",
        [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, rep),
        [ScorecardColumns.Period] = "2026-11",
        [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, rep),
    });

    private sealed class FailingPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("The partner step refused the deal.");
    }
}
