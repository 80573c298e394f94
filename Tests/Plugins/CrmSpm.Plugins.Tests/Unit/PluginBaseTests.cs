using System.ServiceModel;
using CrmSpm.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class PluginBaseTests : PluginTestBase
{
    [Test]
    public void Execute_BlockingStepHitsAServiceFault_Should_ReportItAsInvalidPluginExecutionException()
    {
        // Arrange
        var plugin = new ThrowingPlugin(blocking: true, new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "row is locked" }));

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Execute(plugin, "Update", "account", Guid.NewGuid()));

        // Assert: only this exception type carries our message to the caller (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).
        Assert.That(error!.Message, Is.EqualTo("ThrowingPlugin could not complete: row is locked"));
    }

    [Test]
    public void Execute_SavePathStepThrows_Should_TraceAndLetTheSaveThrough()
    {
        // Arrange
        var plugin = new ThrowingPlugin(blocking: false, new InvalidOperationException("bad data"));

        // Act
        void Act() => Execute(plugin, "Update", "account", Guid.NewGuid());

        // Assert
        Assert.That(Act, Throws.Nothing);
        Assert.That(Services.TraceLines, Has.Some.EqualTo("ThrowingPlugin: skipped after an internal error, the nightly recompute will heal it. InvalidOperationException: bad data"));
    }

    [Test]
    public void Execute_AnyStep_Should_TraceEntryAndExit()
    {
        // Arrange
        var plugin = new ThrowingPlugin(blocking: false, null);

        // Act
        Execute(plugin, "Create", "account", Guid.Empty);

        // Assert
        Assert.That(Services.TraceLines.First(), Does.StartWith("Entered ThrowingPlugin: Create of account"));
        Assert.That(Services.TraceLines.Last(), Is.EqualTo("Exiting ThrowingPlugin."));
    }

    private sealed class ThrowingPlugin : PluginBase
    {
        private readonly bool _blocking;
        private readonly Exception? _exception;

        public ThrowingPlugin(bool blocking, Exception? exception)
            : base(PluginTestBase.Clock)
        {
            _blocking = blocking;
            _exception = exception;
        }

        public override IReadOnlyList<StepRegistration> Steps => Array.Empty<StepRegistration>();

        protected override bool FailuresReachCaller => _blocking;

        protected override void ExecuteStep(LocalPluginContext context)
        {
            if (_exception != null)
            {
                throw _exception;
            }
        }
    }
}
