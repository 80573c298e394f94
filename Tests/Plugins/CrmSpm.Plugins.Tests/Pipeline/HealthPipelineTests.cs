using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using OrgStep = CrmSpm.EmbeddedOrg.Pipeline.StepRegistration;
using OrgStage = CrmSpm.EmbeddedOrg.Pipeline.PipelineStage;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// What an admin sees of failures inside the CRM (docs/plugins.md, "Health"), through the embedded org's pipeline:
/// a synchronous step's writes commit or roll back with the save
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).
/// </summary>
public sealed class HealthPipelineTests : PluginTestBase
{
    [Test]
    public void SavePathStepFails_Should_KeepTheSaveAndLeaveAHealthRowNamingTheStepAndReason()
    {
        // Arrange: a save-path step whose own code fails after CrmSpm's steps ran.
        var org = CreateOrg();
        Register(org, new FailingStep(service => throw new InvalidOperationException("Stage 'Qualify ' is not in the catalogue.")));

        // Act
        var dealId = org.AsRep.Create(NewDeal(org));

        // Assert: the deal is saved, and the failure is a row the admin page reads.
        Assert.That(org.Org.RowCount(OpportunityColumns.EntityName), Is.EqualTo(1));
        var row = HealthRows(org).Single();
        Assert.That(row.GetAttributeValue<OptionSetValue>(PluginHealthColumns.Kind).Value, Is.EqualTo(PluginHealthKind.StepFailure));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Step), Is.EqualTo(nameof(FailingStep)));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.Event), Is.EqualTo("Create of opportunity"));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.ErrorMessage), Is.EqualTo("Stage 'Qualify ' is not in the catalogue."));
        Assert.That(row.GetAttributeValue<string>(PluginHealthColumns.RecordId), Is.EqualTo(dealId.ToString()));
    }

    [Test]
    public void SavePathStepServiceCallFails_Should_RollTheSaveBackWithNothingRecorded()
    {
        // Arrange: the step updates a row that does not exist; catching the fault does not save the transaction.
        var org = CreateOrg();
        Register(org, new FailingStep(service => service.Update(new Entity(OpportunityColumns.EntityName, Guid.NewGuid()) { [OpportunityColumns.NextStep] = "x" })));

        // Act
        var error = Assert.Catch(() => org.AsRep.Create(NewDeal(org)));

        // Assert: the rep sees the failure (the save is rolled back); a health row could not outlive it.
        Assert.That(error, Is.Not.Null);
        Assert.That(org.Org.RowCount(OpportunityColumns.EntityName), Is.EqualTo(0));
        Assert.That(org.Org.RowCount(PluginHealthColumns.EntityName), Is.EqualTo(0));
    }

    [Test]
    public void Recalculate_ActivityAnEventStepMissed_Should_CountTheDealStaleOnceThenHealed()
    {
        // Arrange: a deal saved through the steps, then a completed call written behind their back (an import with
        // plugins off, or a step that failed).
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        org.Org.Seed(new Entity(ActivityColumns.PhoneCall)
        {
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, dealId),
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [ActivityColumns.ActualEnd] = Now.AddDays(-1),
            [ActivityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
        });

        // Act
        RecomputeLoop.Run(org.AsSystem);
        var first = HealthRows(org).Single();
        RecomputeLoop.Run(org.AsSystem);
        var runs = new[] { first, HealthRows(org).Single(r => r.Id != first.Id) };

        // Assert: the first run found 1 stale deal and healed it; the second found none. Both runs complete.
        Assert.That(runs.Select(r => r.GetAttributeValue<OptionSetValue>(PluginHealthColumns.Kind).Value), Has.All.EqualTo(PluginHealthKind.RecomputeExecution));
        Assert.That(runs.Select(r => (r.GetAttributeValue<int>(PluginHealthColumns.StaleDeals), r.GetAttributeValue<bool>(PluginHealthColumns.RunComplete))),
            Is.EqualTo(new[] { (1, true), (0, true) }));
        Assert.That(runs[1].GetAttributeValue<int>(PluginHealthColumns.DealsWritten), Is.EqualTo(0));
    }

    private static void Register(TestOrg org, PluginBase plugin) => org.Org.RegisterStep(new OrgStep
    {
        Name = nameof(FailingStep),
        Message = MessageNames.Create,
        PrimaryEntity = OpportunityColumns.EntityName,
        Stage = OrgStage.PostOperation,
        Rank = 50,
        Plugin = plugin,
    });

    private static List<Entity> HealthRows(TestOrg org) =>
        org.AsSystem.RetrieveMultiple(new QueryExpression(PluginHealthColumns.EntityName) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    /// <summary>A step on the rep's save path (its failures never reach the rep) whose work fails.</summary>
    private sealed class FailingStep : PluginBase
    {
        private readonly Action<IOrganizationService> _work;

        public FailingStep(Action<IOrganizationService> work)
            : base(PluginTestBase.Clock)
        {
            _work = work;
        }

        public override IReadOnlyList<StepRegistration> Steps => Array.Empty<StepRegistration>();

        protected override bool FailuresReachCaller => false;

        protected override void ExecuteStep(LocalPluginContext context) => _work(context.SystemService);
    }
}
