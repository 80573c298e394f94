using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class StepRegistrationTests : PluginTestBase
{
    private static IEnumerable<(PluginBase Plugin, StepRegistration Step)> AllSteps() =>
        PluginCatalog.Create(Clock).SelectMany(p => p.Steps.Select(s => (p, s)));

    [Test]
    public void DealSteps_FilteringAttributes_Should_ExcludeEveryColumnCrmSpmWritesOnADeal()
    {
        // Arrange
        var dealUpdateSteps = AllSteps().Where(x => x.Step.PrimaryEntity == OpportunityColumns.EntityName && x.Step.Message == MessageNames.Update);

        // Act
        var overlap = dealUpdateSteps.SelectMany(x => x.Step.FilteringAttributes).Intersect(OpportunityColumns.WrittenByCrmSpm).ToList();

        // Assert: our own deal updates can never re-trigger a deal step (no loops).
        Assert.That(overlap, Is.Empty);
    }

    [Test]
    public void UpdateSteps_Should_AllDeclareFilteringAttributes()
    {
        // Arrange / Act
        var unfiltered = AllSteps().Where(x => x.Step.Message == MessageNames.Update && x.Step.FilteringAttributes.Count == 0).ToList();

        // Assert: an unfiltered Update step would run on every save of the table (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration).
        Assert.That(unfiltered, Is.Empty);
    }

    [Test]
    public void OnlyTheProfileValidation_Should_RunBeforeTheTransaction()
    {
        // Arrange / Act
        var preValidation = AllSteps().Where(x => x.Step.Stage == PipelineStage.PreValidation).Select(x => x.Plugin.GetType()).Distinct();

        // Assert: the only step allowed to block a save.
        Assert.That(preValidation, Is.EqualTo(new[] { typeof(ValidateScoringProfilePlugin) }));
    }

    [Test]
    public void Catalog_Should_DeclareEveryStepWithItsMessageTableStageAndMode()
    {
        // Arrange / Act: "message table stage mode" per step.
        var declared = AllSteps().Select(x => $"{x.Step.Message} {x.Step.PrimaryEntity} {(int)x.Step.Stage} {x.Step.Mode}").ToList();

        // Assert: profile 2, opportunity 2, activities 4 tables × 3 (create, update, delete), tip answer 1, close 2,
        // recompute 1 = 20.
        Assert.That(declared, Has.Count.EqualTo(20));
        Assert.That(declared, Does.Contain("Create crmspm_scoringprofile 10 Synchronous"));
        Assert.That(declared, Does.Contain("Update opportunity 40 Synchronous"));
        Assert.That(declared, Does.Contain("Create email 40 Synchronous"));
        Assert.That(declared, Does.Contain("Delete phonecall 40 Synchronous"));
        // WinOpportunity/LoseOpportunity create the close activity; Create has a message id a solution can name.
        Assert.That(declared, Does.Contain("Create opportunityclose 40 Asynchronous"));
        Assert.That(declared, Does.Contain("Update opportunity 40 Asynchronous"));
        Assert.That(declared, Has.None.StartsWith("Win ").And.None.StartsWith("Lose "));
        // A custom API returns output parameters only from its own main-operation plug-in (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api).
        Assert.That(declared, Does.Contain("crmspm_RecalculateScorecards  30 Synchronous"));
    }

    [Test]
    public void DealClosedPlugin_Should_RunEveryStepAsAnAsynchronousPostOperationJob()
    {
        // Arrange / Act
        var steps = new DealClosedPlugin().Steps;

        // Assert: a close's model, scorecard, tips and post run as system jobs after the rep's save commits, so the
        // rep's Win/Lose waits for none of them; asynchronous steps exist only in PostOperation
        // (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service,
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
        Assert.That(steps.Select(s => s.Message + " " + s.PrimaryEntity), Is.EquivalentTo(new[] { "Create opportunityclose", "Update opportunity" }));
        Assert.That(steps.Select(s => s.WritesAs).Distinct(), Is.EqualTo(new[] { StepUser.System }));
        Assert.That(steps.Select(s => s.Mode).Distinct(), Is.EqualTo(new[] { StepMode.Asynchronous }));
        Assert.That(steps.Select(s => s.Stage).Distinct(), Is.EqualTo(new[] { PipelineStage.PostOperation }));
    }

    [Test]
    public void Constructor_AsynchronousOutsidePostOperation_Should_Throw()
    {
        // Arrange / Act
        TestDelegate act = () => _ = new StepRegistration(MessageNames.Update, "account", PipelineStage.PreOperation, StepMode.Asynchronous, StepUser.System);

        // Assert
        Assert.That(act, Throws.ArgumentException);
    }

    [Test]
    public void Image_WithoutColumns_Should_Throw()
    {
        // Arrange / Act: an empty column list would mean "all columns" to the platform.
        TestDelegate act = () => ImageRegistration.Pre(Array.Empty<string>());

        // Assert
        Assert.That(act, Throws.ArgumentException);
    }
}
