using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// Core's tip policy through the whole sync, on the scenarios the Dataverse plugins' pipeline tests replay too
/// (TipPolicyPipelineTests): an open tip's evidence changes, and a snoozed tip's evidence changes. Only the
/// past-due-close-date rule is on; Acme's estimated close date is 2026-11-10, so on 2026-11-20 it passed 10 days ago.
/// </summary>
public sealed class TipPolicySyncTests : SalesforceTestBase
{
    private static readonly string PastDue = RuleIds.PastDueCloseDate;

    [Test]
    public async Task Sync_OpenTipsEvidenceChanged_Should_RewriteItsTextAndLeaveItOpen()
    {
        // Arrange
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        var key = TipKeys.ForDeal(PastDue, acme);
        var raised = org.TipTask(key)["Description"]!.ToString();

        // Act: two days later the close date passed 12 days ago.
        var later = await RunSyncAsync(Now.AddDays(2), ProfileWithOnly(PastDue));

        // Assert
        Assert.That(raised, Does.StartWith("Set a realistic close date with the customer, or close the deal as won or lost.\n"));
        Assert.That(raised, Does.EndWith("Days past the estimated close date 2026-11-10 — You: 10 days"));
        Assert.That((later.TipsCreated, later.TipsUpdated, later.TipsClosed), Is.EqualTo((0, 1, 0)));
        var tip = org.TipTask(key);
        Assert.That(tip["Description"]!.ToString(), Does.EndWith("Days past the estimated close date 2026-11-10 — You: 12 days"));
        Assert.That(tip["Status"]!.ToString(), Is.EqualTo("Not Started"));
        Assert.That(tip["Subject"]!.ToString(), Is.EqualTo("Close date in the past"), "the tip sits on the deal: no deal name in the title");
    }

    [Test]
    public async Task Sync_SnoozedTipsEvidenceChanged_Should_StaySnoozedUntilItsDateThenShowTodaysFacts()
    {
        // Arrange: the rep snoozes the tip until 2026-11-24.
        await StartEmulatorAsync();
        string acme = "";
        var org = SeedOrg(o => acme = o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        await RunSyncAsync(Now, ProfileWithOnly(PastDue));
        var key = TipKeys.ForDeal(PastDue, acme);
        Time.SetUtcNow(Now.AddMinutes(10));
        Emulator.Store.Update("Task", org.TipTask(key)["Id"]!.ToString(), new JsonObject
        {
            ["CrmSpm_Response__c"] = "Snoozed",
            ["CrmSpm_Snoozed_Until__c"] = "2026-11-24T09:00:00.000+0000",
        });

        // Act
        var during = await RunSyncAsync(Now.AddDays(2), ProfileWithOnly(PastDue));
        var after = await RunSyncAsync(Now.AddDays(5), ProfileWithOnly(PastDue));

        // Assert: nothing written while snoozed although the text changed; once the snooze ended, one rewrite.
        Assert.That((during.ResponsesRecorded, during.TipsWritten, during.TipsClosed), Is.EqualTo((1, 0, 0)));
        Assert.That((after.TipsCreated, after.TipsUpdated), Is.EqualTo((0, 1)));
        Assert.That(org.TipTask(key)["Description"]!.ToString(), Does.EndWith("— You: 15 days"));
        Assert.That(org.TipTasks(), Has.Count.EqualTo(1));
    }
}
