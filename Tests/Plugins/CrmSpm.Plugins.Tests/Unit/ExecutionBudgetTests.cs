using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Recalculation;
using CrmSpm.Plugins.Tests.Fakes;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ExecutionBudgetTests : PluginTestBase
{
    [Test]
    public void SimulatedLatency_10MsPerCall_Should_SpendTheDefault45SecondsAt4500Calls()
    {
        // Arrange: 45 s / 10 ms = 4,500 calls.
        var calls = new CountingService(new RecordingOrganizationService());
        var budget = new ExecutionBudget(ExecutionBudget.DefaultSoftLimit, RecomputeTiming.SimulatedLatency(TimeSpan.FromMilliseconds(10)).Start(calls.Counter));

        // Act
        for (var i = 0; i < 4499; i++)
        {
            calls.RetrieveMultiple(new QueryExpression("account"));
        }

        var before = (budget.HasTimeLeft, budget.Elapsed);
        calls.RetrieveMultiple(new QueryExpression("account"));

        // Assert
        Assert.That(before, Is.EqualTo((true, TimeSpan.FromMilliseconds(44_990))));
        Assert.That((budget.HasTimeLeft, budget.Elapsed), Is.EqualTo((false, TimeSpan.FromSeconds(45))));
        Assert.That((calls.Reads, calls.Writes), Is.EqualTo((4500, 0)));
    }

    [Test]
    public void MayStartWork_BudgetSpentBeforeAnyWork_Should_StillAllowOneUnit()
    {
        // Arrange: loading a team alone used the whole budget.
        var budget = new ExecutionBudget(TimeSpan.FromSeconds(1), () => TimeSpan.FromSeconds(5));

        // Act
        var first = budget.MayStartWork();
        budget.WorkDone();
        var second = budget.MayStartWork();

        // Assert: one unit per execution at least, so a run always moves forward.
        Assert.That((first, second), Is.EqualTo((true, false)));
    }

    [TestCase(0)]
    [TestCase(120)]
    public void Constructor_SoftLimitNotUnderTheSandboxLimit_Should_Throw(int seconds)
    {
        // Arrange / Act: the sandbox stops an execution at 2 minutes
        // (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance).
        TestDelegate act = () => _ = new ExecutionBudget(TimeSpan.FromSeconds(seconds), () => TimeSpan.Zero);

        // Assert
        Assert.That(act, Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
