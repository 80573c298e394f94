using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// The sync end to end against the emulator, with only the past-due-close-date rule on (grace 0 days):
/// a deal gets a tip exactly when it is open and its close date is before today (2026-11-20).
/// </summary>
public sealed class SalesforceSyncTests : SalesforceTestBase
{
    private static readonly string PastDue = RuleIds.PastDueCloseDate;

    private static string TipKey(string dealId) => TipKeys.ForDeal(PastDue, dealId);

    [Test]
    public async Task FirstSync_TwoRepsFourDeals_Should_WriteTipsForPastDueOpenDealsAndOneScorecardPerRep()
    {
        // Arrange: Acme (Ana, due 11-10) and Cedar (Ben, due 11-01) are past due; Birch is due in December;
        // Dune is past due but closed. So: 2 tips, 2 scorecards.
        await StartEmulatorAsync();
        string ana = "", ben = "", acme = "", cedar = "";
        var org = SeedOrg(o =>
        {
            ana = o.Rep("Ana Rep");
            ben = o.Rep("Ben Rep");
            acme = o.Deal(ana, "Acme", new DateOnly(2026, 11, 10));
            o.Deal(ana, "Birch", new DateOnly(2026, 12, 15));
            cedar = o.Deal(ben, "Cedar", new DateOnly(2026, 11, 1));
            o.Deal(ben, "Dune", new DateOnly(2026, 11, 5), stage: "Close", isClosed: true, isWon: true);
        });

        // Act
        var summary = await RunSyncAsync(Now, ProfileWithOnly(PastDue));

        // Assert
        Assert.That(summary.RowsRead["User"], Is.EqualTo(2));
        Assert.That(summary.RowsRead["Opportunity"], Is.EqualTo(4));
        Assert.That((summary.TipsCreated, summary.TipsClosed, summary.ScorecardsWritten), Is.EqualTo((2, 0, 2)));
        Assert.That(summary.Failures, Is.Empty);
        var acmeTip = org.TipTask(TipKey(acme));
        Assert.That(acmeTip["OwnerId"]!.ToString(), Is.EqualTo(ana));
        Assert.That(acmeTip["WhatId"]!.ToString(), Is.EqualTo(acme));
        Assert.That(acmeTip["Status"]!.ToString(), Is.EqualTo("Not Started"));
        Assert.That(acmeTip["CrmSpm_Severity__c"]!.ToString(), Is.EqualTo("High"));
        Assert.That(org.TipTask(TipKey(cedar))["OwnerId"]!.ToString(), Is.EqualTo(ben));
        Assert.That(Emulator.Store.Live("CrmSpm_Scorecard__c").Select(s => s["CrmSpm_Key__c"]!.ToString()),
            Is.EquivalentTo(new[] { $"{ana}|2026-11", $"{ben}|2026-11" }));
    }

    [Test]
    public async Task SecondSync_NothingChanged_Should_WriteNothingAndSpendOneCallPerObject()
    {
        // Arrange
        await StartEmulatorAsync();
        SeedOrg(o =>
        {
            var ana = o.Rep("Ana Rep");
            o.Deal(ana, "Acme", new DateOnly(2026, 11, 10));
        });
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));

        // Act: an hour later; only our own tip task changed since (it is read back, nothing to do).
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert: 1 login + 1 composite describe (7 objects) + 6 queries (User, Account, Opportunity,
        // OpportunityHistory, Task, Event), no writes.
        Assert.That(summary.RowsRead["Task"], Is.EqualTo(1));
        Assert.That((summary.TipsWritten, summary.TipsClosed, summary.ScorecardsWritten), Is.EqualTo((0, 0, 0)));
        Assert.That(summary.ApiCalls, Is.EqualTo(8));
        Assert.That(Emulator.Stats.Describes, Is.EqualTo(14), "7 objects described once per run, two runs");
    }

    [Test]
    public async Task Sync_CloseDateMovedIntoTheFuture_Should_CloseTheTipAsCleared()
    {
        // Arrange
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o =>
        {
            var ana = o.Rep("Ana Rep");
            acme = o.Deal(ana, "Acme", new DateOnly(2026, 11, 10));
        });
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        Time.SetUtcNow(Now.AddMinutes(10));
        Emulator.Store.Update("Opportunity", acme, new JsonObject { ["CloseDate"] = "2026-12-20" });

        // Act
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert
        Assert.That(summary.TipsClosed, Is.EqualTo(1));
        var tip = org.TipTask(TipKey(acme));
        Assert.That(tip["Status"]!.ToString(), Is.EqualTo("Completed"));
        Assert.That(tip["CrmSpm_Closed_Reason__c"]!.ToString(), Is.EqualTo("Cleared"));
    }

    [Test]
    public async Task Sync_DealDeleted_Should_SeeTheDeletionThroughQueryAllAndCloseItsTip()
    {
        // Arrange
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        Time.SetUtcNow(Now.AddMinutes(10));
        Emulator.Store.Delete(acme);

        // Act
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert
        Assert.That(summary.RowsRead["Opportunity"], Is.EqualTo(1));
        Assert.That(summary.TipsClosed, Is.EqualTo(1));
        Assert.That(org.TipTask(TipKey(acme))["IsClosed"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Sync_RepCompletesTip_Should_RecordDoneAndReopenTheSameTaskAfterTheReinforcementInterval()
    {
        // Arrange: the default reinforcement intervals are 2, 7, 21 days; after the first showing, 2 days.
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        var taskId = org.TipTask(TipKey(acme))["Id"]!.ToString();
        Time.SetUtcNow(Now.AddMinutes(10));
        Emulator.Store.Update("Task", taskId, new JsonObject { ["Status"] = "Completed" });

        // Act
        var dayOne = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));
        var dayThree = await RunSyncAsync(Now.AddDays(3), ProfileWithOnly(PastDue));

        // Assert: the answer is recorded, the tip stays closed for 2 days, then comes back on the same task.
        Assert.That((dayOne.ResponsesRecorded, dayOne.TipsWritten), Is.EqualTo((1, 0)));
        Assert.That((dayThree.TipsCreated, dayThree.TipsUpdated), Is.EqualTo((0, 1)));
        var tips = org.TipTasks();
        Assert.That(tips, Has.Count.EqualTo(1));
        Assert.That(tips[0]["Id"]!.ToString(), Is.EqualTo(taskId));
        Assert.That(tips[0]["Status"]!.ToString(), Is.EqualTo("Not Started"));
        var state = await StateStore.LoadAsync(CancellationToken.None);
        Assert.That(state.Tips[TipKey(acme)].ShowCount, Is.EqualTo(2));
    }

    [Test]
    public async Task Sync_RepDismissesTipWithReason_Should_KeepTheReasonInTheState()
    {
        // Arrange
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        Time.SetUtcNow(Now.AddMinutes(10));
        Emulator.Store.Update("Task", org.TipTask(TipKey(acme))["Id"]!.ToString(), new JsonObject
        {
            ["Status"] = "Completed",
            ["CrmSpm_Response__c"] = "Dismissed",
            ["CrmSpm_Dismiss_Reason__c"] = "Customer's fiscal year ends in March",
        });

        // Act
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert
        var tip = (await StateStore.LoadAsync(CancellationToken.None)).Tips[TipKey(acme)];
        Assert.That(summary.ResponsesRecorded, Is.EqualTo(1));
        Assert.That((tip.Response, tip.DismissReason, tip.IsOpen), Is.EqualTo(("Dismissed", "Customer's fiscal year ends in March", false)));
    }

    [Test]
    public async Task Sync_RowWrittenInsideTheSettleDelay_Should_BePickedUpByTheNextRun()
    {
        // Arrange: a deal saved 1 minute before the run falls after the window end (now - 2 min).
        await StartEmulatorAsync();
        SeedOrg(o => o.Rep("Ana Rep"));
        Time.SetUtcNow(Now.AddMinutes(-1));
        var ana = Emulator.Store.Live("User").Single()["Id"]!.ToString();
        new OrgBuilder(Emulator.Store).Deal(ana, "Late", new DateOnly(2026, 11, 10));

        // Act
        var first = await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        var second = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert
        Assert.That(first.RowsRead["Opportunity"], Is.EqualTo(0));
        Assert.That(second.RowsRead["Opportunity"], Is.EqualTo(1));
        Assert.That(second.TipsCreated, Is.EqualTo(1));
    }

    [Test]
    public async Task Sync_OwnerRejectsTheTask_Should_ReportTheRecordAndRetryItNextRun()
    {
        // Arrange: the first run's tip write is refused (e.g. the owner lost access); the next run is clean.
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        Emulator.Faults.RejectRecord = (type, _) => type == "Task" ? ("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY", "insufficient access rights on cross-reference id") : null;

        // Act
        var first = await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        Emulator.Faults.RejectRecord = null;
        var second = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(PastDue));

        // Assert
        Assert.That(first.Failures.Single(), Does.Contain(TipKey(acme)).And.Contain("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY"));
        Assert.That(second.TipsCreated, Is.EqualTo(1));
        Assert.That(org.TipTasks(), Has.Count.EqualTo(1));
    }
}
