using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>Each answer a rep gives on a tip, asserted by the Web API call and body it produces.</summary>
public sealed class OpportunityTipActionTests : BrowserTestBase
{
    private const string StaleTipId = "a1000000-0000-4000-8000-00000000000a";

    private ILocator StaleTip => Page.Locator($"[data-tip-id='{StaleTipId}']");

    private async Task<WebApiCall> SingleUpdateAsync()
    {
        var updates = (await WebApiCallsAsync()).Where(call => call.Operation == "updateRecord").ToList();
        Assert.That(updates, Has.Count.EqualTo(1));
        return updates[0];
    }

    private async Task OpenAsync(XrmScenario? scenario = null)
    {
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, scenario ?? OpportunityPanelTests.Scenario(), NarrowWidth);
        await WaitForRenderAsync();
    }

    [Test]
    public async Task Done_OnATip_Should_CompleteTheTaskAndRecordTheResponse()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await StaleTip.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert: Completed = statecode 1 / statuscode 5; crmspm_response Done = 100000000.
        var update = await SingleUpdateAsync();
        Assert.That((update.Entity, update.Id), Is.EqualTo(("task", StaleTipId)));
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo("""{"statecode":1,"statuscode":5,"crmspm_response":100000000}"""));
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Marked done."));
        Assert.That(await Page.Locator(".tip").CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task Done_OnATip_Should_MoveFocusToTheNextTip()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await StaleTip.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert
        var focused = await Page.EvaluateAsync<string>("document.activeElement.textContent");
        Assert.That(focused, Is.EqualTo("Record the next step"));
    }

    [Test]
    public async Task Dismiss_WithAReason_Should_CancelTheTaskAndRecordTheReason()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await StaleTip.GetByLabel("Why does this tip not apply?").FillAsync("  Customer asked for a pause until January  ");
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();
        await StaleTip.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert: Canceled = statecode 2 / statuscode 6; Dismissed = 100000001; the reason trimmed.
        var update = await SingleUpdateAsync();
        Assert.That(update.Id, Is.EqualTo(StaleTipId));
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo(
            """{"statecode":2,"statuscode":6,"crmspm_response":100000001,"crmspm_dismissreason":"Customer asked for a pause until January"}"""));
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Dismissed. Thanks for the feedback."));
    }

    [Test]
    public async Task Dismiss_WithoutAReason_Should_AskForOneAndWriteNothing()
    {
        // Arrange
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await StaleTip.GetByLabel("Why does this tip not apply?").FillAsync("   ");
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();

        // Assert
        Assert.That(await StaleTip.Locator(".field-error").InnerTextAsync(), Is.EqualTo("Enter a reason so the coach can learn from it."));
        Assert.That(await StaleTip.GetByLabel("Why does this tip not apply?").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That((await WebApiCallsAsync()).Where(call => call.Operation == "updateRecord"), Is.Empty);
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
        Assert.That((await WebApiCallsAsync()).Where(call => call.Operation == "updateRecord"), Is.Empty);
    }

    [TestCase("1 day", "2026-11-28T09:00:00.000Z")]
    [TestCase("1 week", "2026-12-04T09:00:00.000Z")]
    [TestCase("2 weeks", "2026-12-11T09:00:00.000Z")]
    public async Task Snooze_ForAChosenLength_Should_HideTheTipUntilThen(string length, string expectedUntil)
    {
        // Arrange: the clock is pinned to 2026-11-27T09:00Z, so the end is that plus 1, 7 or 14 days.
        await OpenAsync();

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Snooze", Exact = true }).ClickAsync();
        await StaleTip.GetByLabel("Snooze for").SelectOptionAsync(new SelectOptionValue { Label = length });
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Snooze tip" }).ClickAsync();
        await StaleTip.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert: the task stays open; Snoozed = 100000002.
        var update = await SingleUpdateAsync();
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo($$"""{"crmspm_response":100000002,"crmspm_snoozeduntil":"{{expectedUntil}}"}"""));
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Does.StartWith("Snoozed until "));
    }

    [Test]
    public async Task Done_WhenTheUpdateFails_Should_KeepTheTipAndShowTheServerMessage()
    {
        // Arrange
        var scenario = new XrmScenario("opportunity", OpportunityPanelTests.FormId)
        {
            UpdateError = XrmScenario.XrmError(-2147220891, "The task is locked by another user."),
        }.Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));
        await OpenAsync(scenario);

        // Act
        await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await StaleTip.Locator(".tip-error:not([hidden])").WaitForAsync();

        // Assert
        Assert.That(await StaleTip.Locator(".tip-error").InnerTextAsync(), Is.EqualTo("The tip was not updated: The task is locked by another user."));
        Assert.That(await StaleTip.GetByRole(AriaRole.Button, new() { Name = "Done" }).IsEnabledAsync(), Is.True);
        Assert.That(await Page.Locator(".tip").CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task Actions_FromTheKeyboard_Should_BeReachableAndWork()
    {
        // Arrange
        await OpenAsync();

        // Act: focus the first tip's Done button by tabbing, then press Enter.
        for (var presses = 0; presses < 20; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>("document.activeElement.dataset.action || ''") == "done")
            {
                break;
            }
        }

        await Page.Keyboard.PressAsync("Enter");
        await StaleTip.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Assert
        var update = await SingleUpdateAsync();
        Assert.That(update.Id, Is.EqualTo(StaleTipId));
    }
}
