using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// A run killed at any point and started again creates no duplicates and loses nothing. The kill lands
/// right after Salesforce committed a write and before the client learned of it: the worst moment.
/// </summary>
public sealed class KilledRunTests : SalesforceTestBase
{
    // 3 reps × 150 past-due deals = 450 tips → tip writes of 200, 200, 50 (calls 1–3), then 1 scorecard call (4).
    private const int Reps = 3;
    private const int DealsPerRep = 150;
    private const int Tips = Reps * DealsPerRep;

    private void SeedPastDueDeals() => SeedOrg(o =>
    {
        for (var r = 0; r < Reps; r++)
        {
            var rep = o.Rep($"Rep {r}");
            for (var d = 0; d < DealsPerRep; d++)
            {
                o.Deal(rep, $"Deal {r}-{d}", new DateOnly(2026, 11, 10));
            }
        }
    });

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public async Task Run_KilledAfterWriteCall_Should_LeaveNoDuplicatesAndMissNothingAfterRestart(int killAfterWrite)
    {
        // Arrange
        await StartEmulatorAsync();
        SeedPastDueDeals();
        var profile = ProfileWithOnly(RuleIds.PastDueCloseDate);
        profile.Windows.TipsPerRepPerWeek = DealsPerRep; // The tip budget opened to every deal: all tips are written.
        using var kill = new CancellationTokenSource();
        Emulator.Faults.AfterWriteCommitted = n =>
        {
            if (n == killAfterWrite)
            {
                kill.Cancel();
            }
        };

        // Act
        Assert.That(async () => await RunSyncAsync(Now, profile, kill.Token), Throws.InstanceOf<OperationCanceledException>());
        var committedBeforeKill = new OrgBuilder(Emulator.Store).TipTasks().Count;
        Emulator.Faults.AfterWriteCommitted = null;
        var restart = await RunSyncAsync(Now.AddMinutes(5), profile);

        // Assert: the killed run saved nothing; the restart completes every tip once and all 3 scorecards.
        var tips = new OrgBuilder(Emulator.Store).TipTasks();
        Assert.That(StateStore.SaveCount, Is.EqualTo(1));
        Assert.That(committedBeforeKill, Is.EqualTo(Math.Min(killAfterWrite * 200, Tips)));
        Assert.That(tips, Has.Count.EqualTo(Tips));
        Assert.That(tips.Select(t => t["CrmSpm_Key__c"]!.ToString()).Distinct().Count(), Is.EqualTo(Tips));
        Assert.That(Emulator.Store.Live("CrmSpm_Scorecard__c"), Has.Count.EqualTo(Reps));
        Assert.That(restart.TipsCreated + restart.TipsUpdated, Is.EqualTo(Tips));
        Assert.That(restart.TipsCreated, Is.EqualTo(Tips - committedBeforeKill));
        Assert.That(restart.Failures, Is.Empty);
    }

    [Test]
    public async Task Run_KilledWhileReading_Should_WriteNothingAndSaveNothing()
    {
        // Arrange: the first query hangs for 10 s; the run is killed 200 ms in.
        await StartEmulatorAsync();
        SeedPastDueDeals();
        using var kill = new CancellationTokenSource();
        Emulator.Faults.Slow(TimeSpan.FromSeconds(10));
        var sync = RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate), kill.Token);
        kill.CancelAfter(TimeSpan.FromMilliseconds(200));

        // Act / Assert
        Assert.That(async () => await sync, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(StateStore.SaveCount, Is.EqualTo(0));
        Assert.That(new OrgBuilder(Emulator.Store).TipTasks(), Is.Empty);
    }

    [Test]
    public async Task Run_DailyLimitReachedMidRun_Should_StopWithUsageAndKeepTheOldWatermarks()
    {
        // Arrange: 15,000 allowed, 14,995 used: the run's 6th query (Event) is refused, before any write.
        await StartEmulatorAsync();
        SeedPastDueDeals();
        Emulator.SetApiUsed(14995);

        // Act
        var exception = Assert.ThrowsAsync<RequestLimitExceededException>(async () =>
            await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate)));

        // Assert
        Assert.That(exception!.Usage, Is.EqualTo(new ApiUsage(15000, 15000)));
        Assert.That(StateStore.SaveCount, Is.EqualTo(0));
        Assert.That(new OrgBuilder(Emulator.Store).TipTasks(), Is.Empty);
    }
}
