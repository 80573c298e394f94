using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class OpportunityChangedPluginTests : PluginTestBase
{
    [Test]
    public void Update_StageMovedToDevelopWithoutNextStep_Should_WriteHistoryScoreAndOneTip()
    {
        // Arrange: Qualify -> Develop (order 2), where the default profile expects a next step; no model row yet.
        SystemService.Answer(OpportunityColumns.EntityName, Deal(stage: "Develop", nextStep: null));
        var target = new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Develop" };

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId, target, preImage: Deal(stage: "Qualify"));

        // Assert: one joined read, the profile read (no model row to join it through), the deal, one tip; all as
        // SYSTEM (our bookkeeping), nothing as the caller.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile", "Update opportunity", "Upsert task" }));
        Assert.That(CallsOf(UserService), Is.Empty);
        var deal = SystemService.Updates.Single();
        // An empty model scores the profile's default win rate, 0.25, with no reasons.
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.DealScore), Is.EqualTo(25));
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.DealScoreReasons), Is.EqualTo("[]"));
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.StageHistory), Does.Contain("\"stage\":\"Develop\""));
        var tip = ((UpsertRequest)SystemService.Executes.Single()).Target;
        Assert.That(tip.Id, Is.EqualTo(TipIdentity.ForKey("missing-next-step|opportunity|" + DealId)));
        Assert.That(tip.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId).Id, Is.EqualTo(DealId));
        Assert.That(tip.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id, Is.EqualTo(RepId));
        Assert.That(tip.GetAttributeValue<OptionSetValue>(CoachingTipColumns.Severity).Value, Is.EqualTo(TipSeverityChoice.Medium));
        // statecode is not valid on create (Microsoft's task table reference): a new task starts open by itself.
        Assert.That(tip.Contains(ActivityColumns.StateCode) || tip.Contains(ActivityColumns.StatusCode), Is.False);
    }

    [Test]
    public void Update_TipAlreadyOpenWithTheSameText_Should_NotWriteItAgain()
    {
        // Arrange: the tip's text as a first save writes it; then the deal with that tip open, only the amount changed.
        var first = Deal(stage: "Develop", nextStep: null);
        SystemService.Answer(OpportunityColumns.EntityName, first);
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Develop" }, preImage: Deal(stage: "Qualify"));
        var written = ((UpsertRequest)SystemService.Executes.Single()).Target;
        CreateFakes();
        var row = Deal(stage: "Develop", nextStep: null);
        row[OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-11-19T10:00:00Z\"}]";
        row[OpportunityColumns.DealScore] = 25;
        row[OpportunityColumns.DealScoreReasons] = "[]";
        SystemService.Answer(OpportunityColumns.EntityName, WithTips(row, ("missing-next-step|opportunity|" + DealId, ActivityState.Open,
            written.GetAttributeValue<string>(ActivityColumns.Subject), written.GetAttributeValue<string>(ActivityColumns.Description))));
        var target = new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.EstimatedValue] = new Money(60_000m) };

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId, target, preImage: Deal(stage: "Develop", nextStep: null));

        // Assert: nothing changed that we own, so nothing is written at all.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile" }));
        Assert.That(CallsOf(UserService), Is.Empty);
    }

    [Test]
    public void Update_OpenTipWhoseTextIsStale_Should_RewriteOnlyItsText()
    {
        // Arrange: the missing-next-step tip is open but reads an old text.
        var row = Deal(stage: "Develop", nextStep: null);
        row[OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-10-19T10:00:00Z\"}]";
        row[OpportunityColumns.DealScore] = 25;
        row[OpportunityColumns.DealScoreReasons] = "[]";
        SystemService.Answer(OpportunityColumns.EntityName, WithTips(row, ("missing-next-step|opportunity|" + DealId, ActivityState.Open, "Old subject", "The close date passed 2 days ago.")));

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.EstimatedValue] = new Money(60_000m) }, preImage: Deal(stage: "Develop", nextStep: null));

        // Assert: one content update of the open task, no state change, no new row.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "RetrieveMultiple crmspm_scoringprofile", "Update task" }));
        var update = SystemService.Updates.Single();
        Assert.That(update.Id, Is.EqualTo(TipIdentity.ForKey("missing-next-step|opportunity|" + DealId)));
        Assert.That(update.GetAttributeValue<string>(ActivityColumns.Subject), Is.Not.EqualTo("Old subject").And.Not.Empty);
        Assert.That(update.Contains(ActivityColumns.StateCode), Is.False);
    }

    [Test]
    public void Update_StageTheProfileDoesNotKnow_Should_ReportADataIssueAndNotScoreItAsTheFirstStage()
    {
        // Arrange: a legacy stage name, no amount, no close date, no owner, no account.
        var row = new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.StepName] = "Negotiation (legacy)",
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
        };
        SystemService.Answer(OpportunityColumns.EntityName, row);
        var target = new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = "Negotiation (legacy)" };

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId, target, preImage: Deal(stage: "Develop"));

        // Assert: no score, no stage history, a data issue naming the stage in the trace, no error.
        Assert.That(SystemService.Updates, Is.Empty);
        Assert.That(Services.TraceLines, Has.Some.Contains("Data issue").And.Contains("Negotiation (legacy)"));
        Assert.That(Services.TraceLines, Has.None.Contains("skipped after an internal error"));
    }

    [TestCase("2-Develop", null)]
    [TestCase(null, 1)]
    public void Update_StockSalesProcessValues_Should_MapToTheProfilesStage(string? stepName, int? salesStage)
    {
        // Arrange: what the stock Opportunity Sales Process stores: stepname "2-Develop", or only the salesstage choice
        // (1 Develop; Microsoft's opportunity table reference, https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity).
        var row = Deal(stage: "Develop");
        row[OpportunityColumns.StepName] = stepName;
        if (salesStage.HasValue) row[OpportunityColumns.SalesStage] = new OptionSetValue(salesStage.Value);
        SystemService.Answer(OpportunityColumns.EntityName, row);
        var before = Deal(stage: "Qualify");
        before[OpportunityColumns.StepName] = "1-Qualify";

        // Act
        Execute(new OpportunityChangedPlugin(Clock), MessageNames.Update, OpportunityColumns.EntityName, DealId,
            new Entity(OpportunityColumns.EntityName, DealId) { [OpportunityColumns.StepName] = stepName }, preImage: before);

        // Assert: the stage history records the profile's stage name, Develop.
        var deal = SystemService.Updates.First(u => u.LogicalName == OpportunityColumns.EntityName);
        Assert.That(deal.GetAttributeValue<string>(OpportunityColumns.StageHistory), Does.Contain("\"stage\":\"Develop\""));
        Assert.That(deal.Contains(OpportunityColumns.DealScore), Is.True);
    }

    [Test]
    public void Update_ReadFails_Should_NotFailTheRepsSave()
    {
        // Arrange: the system service throws on its first call.
        var plugin = new OpportunityChangedPlugin(Clock);
        Services.Context.PrimaryEntityName = OpportunityColumns.EntityName;
        var broken = new Fakes.FakeServiceProvider(Context, UserService, new ThrowingService());

        // Act
        void Act() => plugin.Execute(broken);

        // Assert
        Assert.That(Act, Throws.Nothing);
        Assert.That(broken.TraceLines, Has.Some.Contains("skipped after an internal error"));
    }

    private sealed class ThrowingService : IOrganizationService
    {
        public Guid Create(Entity entity) => throw new InvalidOperationException("boom");
        public Entity Retrieve(string entityName, Guid id, Microsoft.Xrm.Sdk.Query.ColumnSet columnSet) => throw new InvalidOperationException("boom");
        public void Update(Entity entity) => throw new InvalidOperationException("boom");
        public void Delete(string entityName, Guid id) => throw new InvalidOperationException("boom");
        public OrganizationResponse Execute(OrganizationRequest request) => throw new InvalidOperationException("boom");
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("boom");
        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("boom");
        public EntityCollection RetrieveMultiple(Microsoft.Xrm.Sdk.Query.QueryBase query) => throw new InvalidOperationException("boom");
    }
}
