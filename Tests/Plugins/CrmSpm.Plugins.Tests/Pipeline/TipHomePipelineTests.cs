using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>Where tips live and what happens to them when reps act on them, through the embedded org.</summary>
public sealed class TipHomePipelineTests : PluginTestBase
{
    [Test]
    public void RepDeletesTip_ThenItsConditionClears_Should_CountItDismissedAndNeverTouchTheMissingTask()
    {
        // Arrange: a deal without a next step raises its tip; the rep deletes the task.
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);
        org.AsRep.Delete(CoachingTipColumns.EntityName, tipId);

        // Act: the rep adds the next step, which clears the condition.
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.NextStep] = "Demo on Tuesday" });

        // Assert: no update of the deleted task was attempted (it would fault inside the rep's save), and the
        // deleted tip counts as dismissed, not as cleared by the data.
        Assert.That(org.Org.RowCount(CoachingTipColumns.EntityName), Is.EqualTo(0));
        var entry = TipState(org, dealId).Single(e => e.RuleId == "missing-next-step");
        Assert.That((entry.Open, entry.Outcome), Is.EqualTo((false, TipOutcomes.Dismissed)));
    }

    [Test]
    public void Recompute_RepLevelTip_Should_RegardTheRepsScorecardNotTheirUserRecord()
    {
        // Arrange: a rep whose open deals have no next step, no close date and no activity for two months: low CRM
        // adoption, a tip for their manager.
        var org = CreateOrg();
        for (var i = 0; i < 3; i++)
        {
            org.Org.Seed(new Entity(OpportunityColumns.EntityName)
            {
                [OpportunityColumns.Name] = "Neglected " + i,
                [OpportunityColumns.StepName] = "Develop",
                [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
                [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
                [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
                [OpportunityColumns.CreatedOn] = Now.AddDays(-60),
                [OpportunityColumns.ModifiedOn] = Now.AddDays(-60),
            });
        }

        // Act
        var request = new OrganizationRequest(MessageNames.RecalculateScorecards);
        request[MessageNames.ContinuationTokenParameter] = "";
        org.AsSystem.Execute(request);
        org.Org.RunAsyncOperations();

        // Assert: task.regardingobjectid cannot target systemuser (Microsoft's task table reference,
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task): the tip regards
        // the rep's scorecard for the period, where the scorecard and the panels find it.
        var query = new QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(CoachingTipColumns.RuleId, ConditionOperator.Equal, "low-adoption");
        var tips = org.AsSystem.RetrieveMultiple(query).Entities;
        var cards = org.AsSystem.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.AdoptionScore, ScorecardColumns.Details) }).Entities;
        Assert.That(tips, Is.Not.Empty, string.Join(" | ", cards.Select(c => c.GetAttributeValue<decimal?>(ScorecardColumns.AdoptionScore) + " " + c.GetAttributeValue<string>(ScorecardColumns.Details))));
        var regarding = tips.First().GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId);
        Assert.That(regarding.LogicalName, Is.EqualTo(ScorecardColumns.EntityName));
        var card = org.AsSystem.Retrieve(ScorecardColumns.EntityName, regarding.Id, new ColumnSet(ScorecardColumns.RepId, ScorecardColumns.Period));
        Assert.That((card.GetAttributeValue<EntityReference>(ScorecardColumns.RepId).Id, card.GetAttributeValue<string>(ScorecardColumns.Period)),
            Is.EqualTo((org.Rep, "2026-11")));
    }

    private static List<TipStateEntry> TipState(TestOrg org, Guid dealId) =>
        JsonColumn.Read<List<TipStateEntry>>(org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TipState))
            .GetAttributeValue<string>(OpportunityColumns.TipState))!;
}
