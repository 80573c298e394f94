using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// Win and Lose read their documented inputs: <c>OpportunityClose</c> (its <c>opportunityid</c>) and <c>Status</c>
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest,
/// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.loseopportunityrequest).
/// </summary>
public sealed class DealClosedPluginTests : PluginTestBase
{
    private static readonly Guid TeamId = new("55555555-5555-5555-5555-555555555555");

    [TestCase(MessageNames.Win, ModelOutcomeChoice.Won, 3)]
    [TestCase(MessageNames.Lose, ModelOutcomeChoice.Lost, 4)]
    public void Close_Should_CountTheDealNamedByOpportunityClose_WithTheMessagesOutcome(string message, int expectedOutcome, int status)
    {
        // Arrange: the primary entity id is not the deal's, and the row still reads Open (the step must not depend on
        // the platform's own state update having run); the deal answers both reads (before and under the lock).
        SystemService.Answer(OpportunityColumns.EntityName, OpenDealOfTheTeam());
        SystemService.Answer(OpportunityColumns.EntityName, OpenDealOfTheTeam());
        Context.InputParameters[MessageNames.OpportunityCloseParameter] = new Entity("opportunityclose")
        {
            [MessageNames.OpportunityCloseOpportunityId] = new EntityReference(OpportunityColumns.EntityName, DealId),
        };
        Context.InputParameters[MessageNames.StatusParameter] = new OptionSetValue(status);

        // Act
        Execute(new DealClosedPlugin(Clock), message, OpportunityColumns.EntityName, Guid.Empty);

        // Assert: the deal named by the input is read, the outcome comes from the message.
        var dealQuery = SystemService.Queries[0];
        Assert.That(dealQuery.Criteria.Conditions.Single().Values.Single(), Is.EqualTo(DealId));
        var dealWrite = SystemService.Updates.Single(u => u.LogicalName == OpportunityColumns.EntityName);
        Assert.That(dealWrite.GetAttributeValue<OptionSetValue>(OpportunityColumns.ModelOutcome).Value, Is.EqualTo(expectedOutcome));
    }

    [Test]
    public void Close_Should_LockTheTeamsModelRowBeforeReadingTheModelItChanges()
    {
        // Arrange
        SystemService.Answer(OpportunityColumns.EntityName, OpenDealOfTheTeam());
        SystemService.Answer(OpportunityColumns.EntityName, OpenDealOfTheTeam());
        Context.InputParameters[MessageNames.OpportunityCloseParameter] = new Entity("opportunityclose")
        {
            [MessageNames.OpportunityCloseOpportunityId] = new EntityReference(OpportunityColumns.EntityName, DealId),
        };
        Context.InputParameters[MessageNames.StatusParameter] = new OptionSetValue(3);

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Win, OpportunityColumns.EntityName, DealId);

        Assert.That(Services.TraceLines, Has.None.Contains("skipped after an internal error"));
        // Assert: read (which team), lock (Upsert of the team's model row, version bumped), read under the lock,
        // then the writes. Two closes in one team queue at the lock instead of overwriting each other's count.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[]
        {
            "RetrieveMultiple opportunity", "Upsert crmspm_modelstate", "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile",
            "Update opportunity", "Upsert crmspm_modelstate", "Upsert crmspm_scorecard",
        }));
        var lockRow = ((Microsoft.Xrm.Sdk.Messages.UpsertRequest)SystemService.Executes[0]).Target;
        Assert.That(lockRow.KeyAttributes[ModelStateColumns.TeamKey], Is.EqualTo(TeamId.ToString()));
        Assert.That(lockRow.GetAttributeValue<int>(ModelStateColumns.Version), Is.EqualTo(1));
        Assert.That(lockRow.Contains(ModelStateColumns.StateJson), Is.False);
    }

    private static Entity OpenDealOfTheTeam()
    {
        var deal = Deal();
        deal[OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, TeamId);
        return deal;
    }
}
