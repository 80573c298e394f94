using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>
/// Each answer a rep gives on a tip: shown in place at once with Undo, written (the Web API call and body) only when
/// the undo window has passed; counts follow.
/// </summary>
public sealed class OpportunityTipActionTests : BrowserTestBase
{
    private const string StaleTipId = OpportunityPanelTests.StaleTipId;

    /// <summary>Longer than the panel's undo window (coaching/tipActions.js UNDO_MS, 6 s).</summary>
    private const long PastUndoWindowMs = 7_000;

    private ILocator StaleTip => Page.Locator($"[data-tip-id='{StaleTipId}']");

    private async Task<IReadOnlyList<WebApiCall>> UpdatesAsync() =>
        (await WebApiCallsAsync()).Where(call => call.Operation == "updateRecord").ToList();

    private async Task<WebApiCall> SingleUpdateAsync()
    {
        var updates = await UpdatesAsync();
        Assert.That(updates, Has.Count.EqualTo(1));
        return updates[0];
    }

    private async Task OpenAsync(XrmScenario? scenario = null)
    {
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, scenario ?? OpportunityPanelTests.Scenario(), NarrowWidth);
        await WaitForRenderAsync();
    }

    private async Task PassTheUndoWindowAsync()
    {
        await Page.Clock.FastForwardAsync(PastUndoWindowMs);
        await StaleTip.Locator(".tip-result button").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    [Test]
    public async Task Done_Should_ShowWhatHappenedInPlaceWithUndoAndWriteNothingYet()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        // Assert: the card says what happened, Undo has focus, the count drops to 4 and no write has been made.
        Assert.That(await StaleTip.Locator(".tip-result-text").InnerTextAsync(), Is.EqualTo("Marked done."));
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.textContent"), Is.EqualTo("Undo"));
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("4 open tips"));
        Assert.That(await UpdatesAsync(), Is.Empty);
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Marked done. You can undo this for a few seconds."));
        await SaveScreenshotAsync("answered");
    }

    [Test]
    public async Task Done_AfterTheUndoWindow_Should_CompleteTheTaskAndRecordTheResponse()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await PassTheUndoWindowAsync();

        // Assert: Completed = statecode 1 / statuscode 5; crmspm_response Done = 100000000.
        var update = await SingleUpdateAsync();
        Assert.That((update.Entity, update.Id), Is.EqualTo(("task", StaleTipId)));
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo("""{"statecode":1,"statuscode":5,"crmspm_response":100000000}"""));
        Assert.That(await StaleTip.GetAttributeAsync("data-state"), Is.EqualTo("written"));
        Assert.That(await StaleTip.Locator(".tip-result-text").InnerTextAsync(), Is.EqualTo("Marked done."));
    }

    [Test]
    public async Task Undo_WithinTheWindow_Should_RestoreTheTipAndCountAndNeverWrite()
    {
        // Arrange
        await OpenAsync();
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Page.Clock.FastForwardAsync(PastUndoWindowMs);

        // Assert
        Assert.That(await StaleTip.Locator(".tip-body").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("5 open tips"));
        Assert.That(await UpdatesAsync(), Is.Empty);
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.textContent"), Is.EqualTo("Touch this deal"));
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Undone. The tip is open again."));
    }

    [Test]
    public async Task Answering_Should_BringTheNextHiddenTipIntoView()
    {
        // Arrange: three of five show.
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        // Assert: three open tips still show (plus the answered card); one more is behind "Show 1 more tip".
        Assert.That(await Page.Locator(".tip[data-state='open']:visible").CountAsync(), Is.EqualTo(3));
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Show 1 more tip" }).IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task Counts_Should_UseTheSingularForOneTip()
    {
        // Arrange: two tips only.
        var record = Fixtures.Load("opportunity-coaching.json");
        var tasks = record["Opportunity_Tasks"]!.AsArray();
        while (tasks.Count > 2)
        {
            tasks.RemoveAt(tasks.Count - 1);
        }

        await OpenAsync(OpportunityPanelTests.Scenario(record));
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("2 open tips"));

        // Act
        await Page.Locator(".tip").First.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        var one = await Page.Locator(".tip-count").InnerTextAsync();
        await Page.Locator(".tip[data-state='open']").GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        // Assert
        Assert.That(one, Is.EqualTo("1 open tip"));
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("All tips answered"));
    }

    [Test]
    public async Task Dismiss_WithAPresetReason_Should_CancelTheTaskAndRecordTheReasonInEnglish()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await StaleTip.GetByLabel("Already done").CheckAsync();
        await StaleTip.GetByLabel("Anything to add? (needed for Other)").FillAsync("  Called them yesterday  ");
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();
        await PassTheUndoWindowAsync();

        // Assert: Canceled = statecode 2 / statuscode 6; Dismissed = 100000001; preset then the rep's words, trimmed.
        var update = await SingleUpdateAsync();
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo(
            """{"statecode":2,"statuscode":6,"crmspm_response":100000001,"crmspm_dismissreason":"Already done: Called them yesterday"}"""));
    }

    [Test]
    public async Task Dismiss_WithOtherAndNoWords_Should_AskForAReasonAndWriteNothing()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await StaleTip.GetByLabel("Other", new() { Exact = true }).CheckAsync();
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();
        await Page.Clock.FastForwardAsync(PastUndoWindowMs);

        // Assert
        Assert.That(await StaleTip.Locator(".field-error").InnerTextAsync(), Is.EqualTo("Choose a reason, or write one for Other."));
        Assert.That(await StaleTip.GetByLabel("Anything to add? (needed for Other)").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await UpdatesAsync(), Is.Empty);
    }

    [Test]
    public async Task Dismiss_ThenCancel_Should_CloseTheFormAndWriteNothing()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        // Assert
        Assert.That(await StaleTip.Locator("form").CountAsync(), Is.Zero);
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.dataset.action"), Is.EqualTo("dismiss"));
        Assert.That(await UpdatesAsync(), Is.Empty);
    }

    [TestCase("1 day", "2026-11-28T09:00:00.000Z", "11/28/2026")]
    [TestCase("1 week", "2026-12-04T09:00:00.000Z", "12/4/2026")]
    [TestCase("2 weeks", "2026-12-11T09:00:00.000Z", "12/11/2026")]
    public async Task Snooze_ForAChosenLength_Should_HideTheTipUntilThen(string length, string expectedUntil, string shownDate)
    {
        // Arrange: the clock is pinned to 2026-11-27T09:00Z, so the end is that plus 1, 7 or 14 days.
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Snooze", Exact = true }).ClickAsync();
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = length, Exact = true }).ClickAsync();
        var shown = await StaleTip.Locator(".tip-result-text").InnerTextAsync();
        await PassTheUndoWindowAsync();

        // Assert: the task stays open; Snoozed = 100000002; the date in the user's M/d/yyyy pattern.
        var update = await SingleUpdateAsync();
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo($$"""{"crmspm_response":100000002,"crmspm_snoozeduntil":"{{expectedUntil}}"}"""));
        Assert.That(shown, Is.EqualTo($"Snoozed until {shownDate}."));
    }

    [Test]
    public async Task Done_WhenTheUpdateFails_Should_ReopenTheTipAndSayWhyInPlainWords()
    {
        // Arrange
        var scenario = new XrmScenario("opportunity", OpportunityPanelTests.FormId)
        {
            UpdateError = XrmScenario.XrmError(-2147220960, "Principal user is missing prvWriteActivity privilege."),
        }.Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));
        await OpenAsync(scenario);

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Page.Clock.FastForwardAsync(PastUndoWindowMs);
        await StaleTip.Locator(".tip-error:not([hidden])").WaitForAsync();

        // Assert
        Assert.That(await StaleTip.Locator(".tip-error").InnerTextAsync(),
            Is.EqualTo("The tip was not updated. You need the CrmSpm Rep security role to see this — ask your administrator."));
        Assert.That(await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).IsEnabledAsync(), Is.True);
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("5 open tips"));
    }

    [TestCase("Useful", true)]
    [TestCase("Not useful", false)]
    public async Task Rating_ATip_Should_RecordItOnTheTaskAndMarkTheButton(string button, bool helpful)
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await StaleTip.Locator("[aria-pressed='true']").WaitForAsync();

        // Assert: crmspm_helpful on the tip's task (docs/web-resources.md).
        var update = await SingleUpdateAsync();
        Assert.That(update.Id, Is.EqualTo(StaleTipId));
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo($$"""{"crmspm_helpful":{{(helpful ? "true" : "false")}}}"""));
        Assert.That(await StaleTip.Locator("[aria-pressed='true']").InnerTextAsync(), Is.EqualTo(button));
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Thanks, your feedback was recorded."));
    }

    [Test]
    public async Task Actions_FromTheKeyboard_Should_BeReachableAndWork()
    {
        // Arrange
        await OpenAsync();

        // Act: focus the first tip's Done button by tabbing, then press Enter, then wait out the undo window.
        for (var presses = 0; presses < 20; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>("document.activeElement.dataset.action || ''") == "done")
            {
                break;
            }
        }

        await Page.Keyboard.PressAsync("Enter");
        await PassTheUndoWindowAsync();

        // Assert
        var update = await SingleUpdateAsync();
        Assert.That(update.Id, Is.EqualTo(StaleTipId));
    }
}
