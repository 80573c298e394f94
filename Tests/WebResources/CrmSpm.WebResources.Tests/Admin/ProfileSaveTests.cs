using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>Saving the profile: the row's ETag, the conflict when someone saved first, the unsaved-changes guard.</summary>
public sealed class ProfileSaveTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/admin/profile.html";
    private const string ProfileId = ProfileAdminPageTests.ProfileId;

    private static FakeWebApi Api() => ProfileAdminPageTests.Api();

    private static JsonObject StoredProfile() => ProfileAdminPageTests.StoredProfile();

    private ILocator Field(string path) => Page.Locator($"[data-path='{path}']");

    private async Task OpenAsync(FakeWebApi api)
    {
        await OpenPageAsync(PagePath, new XrmScenario("crmspm_scoringprofile", string.Empty), api);
        await WaitForRenderAsync();
    }

    [Test]
    public async Task Save_WithValidEdits_Should_PatchTheProfileJsonAndTheNextVersion()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);
        await Field("weights.adoption.freshness").FillAsync("40");
        await Field("rules[0].parameters.staleDays").FillAsync("10");
        await Field("rules[0].trainingLink").FillAsync("https://learn.contoso.com/stale");
        await Field("rules[6].enabled").UncheckAsync();
        await Field("rules[6].severity").SelectOptionAsync("Medium");

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator("#status").Filter(new() { HasText = "Saved" }).WaitForAsync();

        // Assert: the stored profile with exactly those five changes; every other section as loaded; the row's ETag as
        // read, so a row saved by someone else since is refused (412), not overwritten.
        var patch = api.Requests.Single(request => request.Method == "PATCH");
        Assert.That(patch.Url, Is.EqualTo($"crmspm_scoringprofiles({ProfileId})?$select=crmspm_version"));
        Assert.That(patch.Header("If-Match"), Is.EqualTo("W/\"880021\""));
        Assert.That(patch.Header("Prefer"), Is.EqualTo("return=representation"));
        var body = JsonNode.Parse(patch.Body!)!.AsObject();
        Assert.That(body["crmspm_version"]!.GetValue<int>(), Is.EqualTo(4));
        var expected = StoredProfile();
        expected["weights"]!["adoption"]!["freshness"] = 0.4;
        expected["rules"]![0]!["parameters"]!["staleDays"] = 10;
        expected["rules"]![0]!["trainingLink"] = "https://learn.contoso.com/stale";
        expected["rules"]![6]!["enabled"] = false;
        expected["rules"]![6]!["severity"] = "Medium";
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(body["crmspm_profilejson"]!.GetValue<string>()), expected), Is.True,
            body["crmspm_profilejson"]!.GetValue<string>());
        Assert.That(await Page.Locator("#status").InnerTextAsync(), Is.EqualTo("Saved version 4."));
        Assert.That(await Page.Locator(".page-head .muted").InnerTextAsync(), Is.EqualTo("Version 4"));
        Assert.That(await Page.Locator(".save-outcome").InnerTextAsync(), Is.EqualTo("Saved version 4. The next recompute uses it."));
    }

    [Test]
    public async Task Save_Twice_Should_SendTheETagTheFirstSaveReturned()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator("#status").Filter(new() { HasText = "Saved version 4." }).WaitForAsync();
        await Page.Locator("#status").EvaluateAsync("n => { n.textContent = ''; }");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator("#status").Filter(new() { HasText = "Saved" }).WaitForAsync();

        // Assert
        var ifMatch = api.Requests.Where(request => request.Method == "PATCH").Select(request => request.Header("If-Match")).ToList();
        Assert.That(ifMatch, Is.EqualTo(new[] { "W/\"880021\"", "W/\"880022\"" }));
    }

    [Test]
    public async Task Save_WhenSomeoneElseSavedFirst_Should_SaySoAndOfferToReload()
    {
        // Arrange: 412 Precondition Failed, as Dataverse answers a PATCH whose If-Match no longer matches.
        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
        var api = new FakeWebApi()
            .Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"))
            .Fail("PATCH", "crmspm_scoringprofiles(", 412, "0x80060882", "The version of the existing record doesn't match the RowVersion property provided.");
        await OpenAsync(api);
        await Field("weights.adoption.freshness").FillAsync("40");

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator(".save-outcome .message-bar").WaitForAsync();

        // Assert
        Assert.That(await Page.Locator(".save-outcome .message-bar-body > p").InnerTextAsync(),
            Is.EqualTo("Someone else saved the profile after you opened it. Reload to see their version, then make your changes again."));
        Assert.That(await Page.Locator(".save-outcome").GetByRole(AriaRole.Button, new() { Name = "Reload" }).IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator(".unsaved").IsVisibleAsync(), Is.True, "the edits are still unsaved");
    }

    [Test]
    public async Task Leaving_WithUnsavedChanges_Should_AskFirstAndNotOnceSaved()
    {
        // Arrange
        await OpenAsync(Api());
        const string leave = "(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()";
        var cleanAtStart = await Page.EvaluateAsync<bool>(leave);

        // Act
        await Field("weights.adoption.freshness").FillAsync("40");
        var askedWhenDirty = await Page.EvaluateAsync<bool>(leave);
        var unsaved = await Page.Locator(".unsaved").InnerTextAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator("#status").Filter(new() { HasText = "Saved" }).WaitForAsync();

        // Assert
        Assert.That(cleanAtStart, Is.False);
        Assert.That(askedWhenDirty, Is.True);
        Assert.That(unsaved, Is.EqualTo("You have unsaved changes."));
        Assert.That(await Page.EvaluateAsync<bool>(leave), Is.False);
    }

    [Test]
    public async Task Save_WhenTheServerRefuses_Should_ShowTheServersMessage()
    {
        // Arrange: the validating plug-in throws InvalidPluginExecutionException → 400, code 0x80040265.
        var api = new FakeWebApi()
            .Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"))
            .Fail("PATCH", "crmspm_scoringprofiles(", 400, "0x80040265", "stages[0].name: must not be empty");
        await OpenAsync(api);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Page.Locator("#status").Filter(new() { HasText = "not saved" }).WaitForAsync();

        // Assert
        Assert.That(await Page.Locator(".save-outcome .message-bar-body > p").InnerTextAsync(),
            Is.EqualTo("Dynamics 365 refused the change: stages[0].name: must not be empty"));
    }
}
