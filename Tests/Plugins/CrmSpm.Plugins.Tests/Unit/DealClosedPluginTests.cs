using System.ServiceModel;
using CrmSpm.Core.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// The close job, one execution against recorded services. Its steps: Create of <c>opportunityclose</c> (the activity
/// WinOpportunity/LoseOpportunity create, https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest),
/// and hand-registered Win/Lose reading their documented inputs <c>OpportunityClose</c> and <c>Status</c>
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.loseopportunityrequest). Its writes name the row
/// version they read (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public sealed class DealClosedPluginTests : PluginTestBase
{
    private static readonly Guid TeamId = new("55555555-5555-5555-5555-555555555555");
    private static readonly Guid ModelId = new("66666666-6666-6666-6666-666666666666");
    private static readonly Guid CardId = new("77777777-7777-7777-7777-777777777777");

    [TestCase(MessageNames.Win, ModelOutcomeChoice.Won, 3)]
    [TestCase(MessageNames.Lose, ModelOutcomeChoice.Lost, 4)]
    public void HandRegisteredWinOrLose_Should_CountTheDealNamedByOpportunityClose_WithTheMessagesOutcome(string message, int expectedOutcome, int status)
    {
        // Arrange: the primary entity id is not the deal's, and the row still reads Open: the message decides.
        SystemService.Answer(OpportunityColumns.EntityName, DealOfTheTeam());
        Context.InputParameters[MessageNames.OpportunityCloseParameter] = CloseOf(DealId);
        Context.InputParameters[MessageNames.StatusParameter] = new OptionSetValue(status);

        // Act
        Execute(new DealClosedPlugin(Clock), message, OpportunityColumns.EntityName, Guid.Empty);

        // Assert: the deal named by the input is read, the outcome comes from the message; the team's first close
        // creates its model row and the rep's first outcome their card.
        Assert.That(SystemService.Queries[0].Criteria.Conditions.Single().Values.Single(), Is.EqualTo(DealId));
        var dealWrite = SystemService.Updates.Single(u => u.LogicalName == OpportunityColumns.EntityName);
        Assert.That(dealWrite.GetAttributeValue<OptionSetValue>(OpportunityColumns.ModelOutcome).Value, Is.EqualTo(expectedOutcome));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[]
        {
            "RetrieveMultiple opportunity", "Update opportunity", "Create crmspm_modelstate", "Create crmspm_scorecard",
        }));
        var model = SystemService.Creates.Single(c => c.LogicalName == ModelStateColumns.EntityName);
        Assert.That(model.GetAttributeValue<string>(ModelStateColumns.TeamKey), Is.EqualTo(TeamId.ToString()));
    }

    [Test]
    public void CloseActivityCreated_Should_CountTheCommittedOutcome_WritingEachRowAtTheVersionItRead()
    {
        // Arrange: the deal committed as Won (row version 7); the team's model (version 11) and the rep's card
        // (version 21, 2 wins of 30,000 so far) joined to it.
        SystemService.Answer(OpportunityColumns.EntityName, Joined(DealOfTheTeam(OpportunityState.Won, "7"), cardWon: 2, cardAmount: 30_000m));

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Create, OpportunityCloseColumns.EntityName, Guid.NewGuid(), target: CloseOf(DealId));

        // Assert: 4 calls (read, deal, model, card), every write guarded by the version its read returned.
        Assert.That(Services.TraceLines, Has.None.Contains("skipped after an internal error"));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[]
        {
            "RetrieveMultiple opportunity", "Update opportunity", "Update crmspm_modelstate", "Update crmspm_scorecard",
        }));
        var writes = SystemService.Executes.Cast<UpdateRequest>().ToList();
        Assert.That(writes.Select(w => w.ConcurrencyBehavior), Is.All.EqualTo(ConcurrencyBehavior.IfRowVersionMatches));
        Assert.That(writes.Select(w => w.Target.RowVersion), Is.EqualTo(new[] { "7", "11", "21" }));
        Assert.That(writes[0].Target.GetAttributeValue<OptionSetValue>(OpportunityColumns.ModelOutcome).Value, Is.EqualTo(ModelOutcomeChoice.Won));
        Assert.That(WonCountOf(writes[1].Target), Is.EqualTo(1), "an empty model plus this win");
        Assert.That(writes[2].Target.GetAttributeValue<int>(ScorecardColumns.WonCount), Is.EqualTo(3), "2 + this win");
        Assert.That(writes[2].Target.GetAttributeValue<Money>(ScorecardColumns.WonAmount).Value, Is.EqualTo(80_000m), "30,000 + 50,000");
    }

    [Test]
    public void CloseActivityCreatedOnAnOpenDeal_Should_CountNothing()
    {
        // Arrange: an opportunityclose created by hand, the deal still open.
        SystemService.Answer(OpportunityColumns.EntityName, Joined(DealOfTheTeam(OpportunityState.Open, "7"), cardWon: 2, cardAmount: 30_000m));

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Create, OpportunityCloseColumns.EntityName, Guid.NewGuid(), target: CloseOf(DealId));

        // Assert: the read only.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity" }));
    }

    [Test]
    public void ModelChangedSinceTheRead_Should_ReadTheModelAgain_AndAddTheCloseToWhatAnotherJobWrote()
    {
        // Arrange: another close of the team wrote the model (now one won deal, version 12) between our read and write.
        SystemService.Answer(OpportunityColumns.EntityName, Joined(DealOfTheTeam(OpportunityState.Won, "7"), cardWon: 0, cardAmount: 0m));
        SystemService.FailNext("Update crmspm_modelstate", VersionMismatch());
        SystemService.Answer(ModelStateColumns.EntityName, new Entity(ModelStateColumns.EntityName, ModelId)
        {
            [ModelStateColumns.StateJson] = ModelWithOneWin(),
            RowVersion = "12",
        });

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Create, OpportunityCloseColumns.EntityName, Guid.NewGuid(), target: CloseOf(DealId));

        // Assert: the refused write, the model alone read again, the close applied to it (1 + 1 won) at version 12.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[]
        {
            "RetrieveMultiple opportunity", "Update opportunity", "Update crmspm_modelstate", "RetrieveMultiple crmspm_modelstate", "Update crmspm_modelstate",
            "Update crmspm_scorecard",
        }));
        var modelWrites = SystemService.Executes.Cast<UpdateRequest>().Where(w => w.Target.LogicalName == ModelStateColumns.EntityName).ToList();
        Assert.That(modelWrites[1].Target.RowVersion, Is.EqualTo("12"));
        Assert.That(WonCountOf(modelWrites[1].Target), Is.EqualTo(2), "the other job's win and ours");
    }

    [Test]
    public void DealChangedSinceTheRead_Should_ReadItAgain_AndCountNothingWhenTheOtherWriteCountedTheClose()
    {
        // Arrange: our deal write is refused; read again, the deal already records the win (the other step's job).
        SystemService.Answer(OpportunityColumns.EntityName, Joined(DealOfTheTeam(OpportunityState.Won, "7"), cardWon: 0, cardAmount: 0m));
        SystemService.FailNext("Update opportunity", VersionMismatch());
        var counted = Joined(DealOfTheTeam(OpportunityState.Won, "8"), cardWon: 1, cardAmount: 50_000m);
        counted[OpportunityColumns.ModelOutcome] = new OptionSetValue(ModelOutcomeChoice.Won);
        SystemService.Answer(OpportunityColumns.EntityName, counted);

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Create, OpportunityCloseColumns.EntityName, Guid.NewGuid(), target: CloseOf(DealId));

        // Assert: nothing written after the refused claim: the close is counted once, by the other job.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "Update opportunity", "RetrieveMultiple opportunity" }));
    }

    [Test]
    public void ModelChangingAtEveryAttempt_Should_GiveUpAfterFiveAndRecordAHealthFailure()
    {
        // Arrange: five refusals in a row (a burst of closes in the team, or something rewriting the row).
        SystemService.Answer(OpportunityColumns.EntityName, Joined(DealOfTheTeam(OpportunityState.Won, "7"), cardWon: 0, cardAmount: 0m));
        for (var i = 0; i < 5; i++)
        {
            SystemService.FailNext("Update crmspm_modelstate", VersionMismatch());
            SystemService.Answer(ModelStateColumns.EntityName, new Entity(ModelStateColumns.EntityName, ModelId) { RowVersion = (12 + i).ToString() });
        }

        // Act
        Execute(new DealClosedPlugin(Clock), MessageNames.Create, OpportunityCloseColumns.EntityName, Guid.NewGuid(), target: CloseOf(DealId));

        // Assert: 5 model writes, then the failure lands where the admin page reads it; the job itself ends quietly.
        Assert.That(CallsOf(SystemService).Count(c => c == "Update crmspm_modelstate"), Is.EqualTo(5));
        var health = SystemService.Creates.Single(c => c.LogicalName == PluginHealthColumns.EntityName);
        Assert.That(health.GetAttributeValue<string>(PluginHealthColumns.ErrorType), Does.EndWith("CloseConflictException"));
        Assert.That(health.GetAttributeValue<string>(PluginHealthColumns.ErrorMessage), Does.Contain("5 times"));
    }

    private static Entity CloseOf(Guid dealId) => new(OpportunityCloseColumns.EntityName)
    {
        [OpportunityCloseColumns.OpportunityId] = new EntityReference(OpportunityColumns.EntityName, dealId),
    };

    private static Entity DealOfTheTeam(int state = OpportunityState.Open, string? rowVersion = null)
    {
        var deal = WithProfile(Deal());
        deal[OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, TeamId);
        deal[OpportunityColumns.StateCode] = new OptionSetValue(state);
        deal.RowVersion = rowVersion;
        return deal;
    }

    /// <summary>The deal with the team's model (version 11, empty) and the rep's card (version 21) joined, as the reader's query returns them.</summary>
    private static Entity Joined(Entity deal, int cardWon, decimal cardAmount)
    {
        deal["model." + ModelStateColumns.Id] = new AliasedValue(ModelStateColumns.EntityName, ModelStateColumns.Id, ModelId);
        deal["model." + RowVersionColumn.Name] = new AliasedValue(ModelStateColumns.EntityName, RowVersionColumn.Name, 11L);
        deal["card." + ScorecardColumns.Id] = new AliasedValue(ScorecardColumns.EntityName, ScorecardColumns.Id, CardId);
        deal["card." + ScorecardColumns.WonCount] = new AliasedValue(ScorecardColumns.EntityName, ScorecardColumns.WonCount, cardWon);
        deal["card." + ScorecardColumns.WonAmount] = new AliasedValue(ScorecardColumns.EntityName, ScorecardColumns.WonAmount, new Money(cardAmount));
        deal["card." + RowVersionColumn.Name] = new AliasedValue(ScorecardColumns.EntityName, RowVersionColumn.Name, 21L);
        return deal;
    }

    private static string ModelWithOneWin()
    {
        var model = new DealModel(CrmSpm.Core.Profile.ScoringProfile.Default);
        model.Add(new DealFeatures { OpportunityId = "earlier", Outcome = CrmSpm.Core.Model.OpportunityStatus.Won, StageName = "Develop", StageOrder = 1, Amount = 10_000m });
        return model.ToJson();
    }

    private static int WonCountOf(Entity modelRow) =>
        CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(modelRow.GetAttributeValue<string>(ModelStateColumns.StateJson)).Won;

    private static FaultException<OrganizationServiceFault> VersionMismatch() =>
        new(new OrganizationServiceFault { ErrorCode = -2147088254, Message = "The version of the existing record doesn't match the RowVersion property provided." });
}
