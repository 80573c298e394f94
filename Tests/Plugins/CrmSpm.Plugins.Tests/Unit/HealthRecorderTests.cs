using System.ServiceModel;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class HealthRecorderTests : PluginTestBase
{
    [Test]
    public void Execute_SavePathStepThrows_Should_RecordStepEventAndReasonForTheAdmin()
    {
        // Arrange
        var dealId = Guid.NewGuid();
        var plugin = new FailingSavePathPlugin(new InvalidOperationException("The touch log has no entries."));

        // Act
        Execute(plugin, "Update", "opportunity", dealId);

        // Assert: one health row, written as SYSTEM, naming the step, the event, the error and the record.
        var row = SystemService.Creates.Single();
        Assert.That(row.LogicalName, Is.EqualTo(PluginHealthColumns.EntityName));
        Assert.That(row.GetAttributeValue<OptionSetValue>(PluginHealthColumns.Kind).Value, Is.EqualTo(PluginHealthKind.StepFailure));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Name), Is.EqualTo("FailingSavePathPlugin failed: InvalidOperationException"));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Step), Is.EqualTo("FailingSavePathPlugin"));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Event), Is.EqualTo("Update of opportunity"));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.ErrorType), Is.EqualTo("System.InvalidOperationException"));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.ErrorMessage), Is.EqualTo("The touch log has no entries."));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.RecordId), Is.EqualTo(dealId.ToString()));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.CorrelationId), Is.EqualTo(Context.CorrelationId.ToString()));
        Assert.That(row.GetAttributeValue<DateTime>(PluginHealthColumns.OccurredOn), Is.EqualTo(Now));
    }

    [Test]
    public void Execute_MessageLongerThanTheColumn_Should_CutItAt2000Characters()
    {
        // Arrange
        var plugin = new FailingSavePathPlugin(new InvalidOperationException(new string('x', 5000)));

        // Act
        Execute(plugin, "Create", "phonecall", Guid.NewGuid());

        // Assert: 1,999 characters and an ellipsis, within the column's 2,000.
        var message = SystemService.Creates.Single().GetAttributeValue<string>(PluginHealthColumns.ErrorMessage);
        Assert.That(message, Has.Length.EqualTo(PluginHealthColumns.ErrorMessageLength));
        Assert.That(message, Does.EndWith("x…"));
    }

    [Test]
    public void Execute_SavePathStepHitAServiceFault_Should_WriteNothingMoreInTheDoomedTransaction()
    {
        // Arrange: a failed service call inside a synchronous step rolls the whole operation back
        // (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions): a write would fail too.
        var plugin = new FailingSavePathPlugin(new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "row is locked" }));

        // Act
        Execute(plugin, "Update", "opportunity", Guid.NewGuid());

        // Assert
        Assert.That(SystemService.Creates, Is.Empty);
        Assert.That(Services.TraceLines, Has.Some.EqualTo("FailingSavePathPlugin: not recorded in crmspm_pluginhealth, a failed service call ends the transaction."));
    }

    [Test]
    public void Execute_AsyncJobHitAServiceFault_Should_RecordItForTheAdmin()
    {
        // Arrange: an asynchronous step (a close's system job) is not in a database transaction ("Async plug-ins do
        // not participate in the database transaction that queued them",
        // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions), so nothing is doomed and
        // the failure would otherwise vanish with its auto-deleted, succeeded job.
        Context.Mode = 1;
        Context.IsInTransaction = false;
        var plugin = new FailingSavePathPlugin(new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "row is locked" }));

        // Act
        Execute(plugin, "Win", "opportunity", Guid.NewGuid());

        // Assert
        var row = SystemService.Creates.Single();
        Assert.That(row.LogicalName, Is.EqualTo(PluginHealthColumns.EntityName));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Event), Is.EqualTo("Win of opportunity"));
    }

    [Test]
    public void Execute_HealthTableCannotBeWritten_Should_StillLetTheSaveThrough()
    {
        // Arrange
        var plugin = new FailingSavePathPlugin(new InvalidOperationException("bad data"));
        var provider = new Fakes.FakeServiceProvider(Context, UserService, new RefusingService());

        // Act
        void Act() => plugin.Execute(provider);

        // Assert
        Assert.That(Act, Throws.Nothing);
        Assert.That(provider.TraceLines, Has.Some.StartWith("FailingSavePathPlugin: could not record the failure in crmspm_pluginhealth"));
    }

    private sealed class FailingSavePathPlugin : PluginBase
    {
        private readonly Exception _exception;

        public FailingSavePathPlugin(Exception exception)
            : base(PluginTestBase.Clock)
        {
            _exception = exception;
        }

        public override IReadOnlyList<StepRegistration> Steps => Array.Empty<StepRegistration>();

        protected override bool FailuresReachCaller => false;

        protected override void ExecuteStep(LocalPluginContext context) => throw _exception;
    }

    private sealed class RefusingService : IOrganizationService
    {
        public Guid Create(Entity entity) => throw new InvalidOperationException("crmspm_pluginhealth does not exist");
        public Entity Retrieve(string entityName, Guid id, Microsoft.Xrm.Sdk.Query.ColumnSet columnSet) => throw new NotSupportedException();
        public void Update(Entity entity) => throw new NotSupportedException();
        public void Delete(string entityName, Guid id) => throw new NotSupportedException();
        public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
        public EntityCollection RetrieveMultiple(Microsoft.Xrm.Sdk.Query.QueryBase query) => throw new NotSupportedException();
    }
}
