using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Sync;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>The exit code of a run that reached its end: non-zero when Salesforce refused any record.</summary>
public sealed class SyncExitCodesTests : SalesforceTestBase
{
    [Test]
    public async Task Run_TaskRefusedThenAccepted_Should_ExitWithRecordsNotWrittenThenSuccess()
    {
        // Arrange: one past-due deal → one tip; the first run's Task write is refused, the second is clean.
        await StartEmulatorAsync();
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        Emulator.Faults.RejectRecord = (type, _) => type == "Task" ? ("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY", "insufficient access rights on cross-reference id") : null;

        // Act
        var first = await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));
        Emulator.Faults.RejectRecord = null;
        var second = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Assert
        Assert.That(SyncExitCodes.For(first), Is.EqualTo(SyncExitCodes.RecordsNotWritten));
        Assert.That(SyncExitCodes.For(second), Is.EqualTo(SyncExitCodes.Success));
    }

    [Test]
    public void ExitCodes_Should_BeDistinctAndOnlySuccessZero()
    {
        // Arrange
        var codes = new[]
        {
            SyncExitCodes.Success, SyncExitCodes.SalesforceError, SyncExitCodes.ConfigProblem,
            SyncExitCodes.LoginRefused, SyncExitCodes.LimitReached, SyncExitCodes.RecordsNotWritten,
        };

        // Act
        var zeros = codes.Count(code => code == 0);

        // Assert
        Assert.That(codes, Is.Unique);
        Assert.That(zeros, Is.EqualTo(1));
    }
}
