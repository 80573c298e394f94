using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>
/// The admin page's plug-in health section: the step failures of the last 7 days (crmspm_pluginhealth rows a save
/// survived, docs/plugins.md "Health") per step, with the newest failure's time and reason in words.
/// </summary>
public sealed class PluginHealthSectionTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/admin/profile.html";

    /// <summary>What the section's query asks for, seven days back from the pinned clock (27 Nov 2026, 09:00 UTC).</summary>
    internal const string HealthQuery =
        "crmspm_pluginhealths?$select=crmspm_step,crmspm_event,crmspm_errortype,crmspm_errormessage,crmspm_occurredon" +
        "&$filter=crmspm_kind eq 100000000 and crmspm_occurredon ge 2026-11-20T09:00:00.000Z&$orderby=crmspm_occurredon desc&$top=5000";

    internal static JsonObject Rows(params (string Step, string On, string Event, string ErrorType, string Message)[] rows) => new()
    {
        ["value"] = new JsonArray(rows.Select(row => (JsonNode)new JsonObject
        {
            ["crmspm_step"] = row.Step,
            ["crmspm_occurredon"] = row.On,
            ["crmspm_event"] = row.Event,
            ["crmspm_errortype"] = row.ErrorType,
            ["crmspm_errormessage"] = row.Message,
        }).ToArray()),
    };

    private async Task OpenAsync(FakeWebApi api)
    {
        await OpenPageAsync(PagePath, new XrmScenario("crmspm_scoringprofile", string.Empty), api);
        await Page.Locator("#health[aria-busy='false']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
    }

    private static FakeWebApi Api(JsonObject health) => new FakeWebApi()
        .Get("crmspm_pluginhealths?", health)
        .Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"));

    [Test]
    public async Task HealthSection_WithFailures_Should_ListEachStepWithItsCountNewestTimeAndReason()
    {
        // Arrange: newest first, as the query orders them; two failures of the deal step, one of the activity step,
        // one of a step the page has no words for.
        var api = Api(Rows(
            ("OpportunityChangedPlugin", "2026-11-27T08:15:00Z", "Update of opportunity", "System.FormatException", "Input string was not in a correct format."),
            ("ActivityLoggedPlugin", "2026-11-24T16:30:00Z", "Update of phonecall", "System.NullReferenceException", "Object reference not set to an instance of an object."),
            ("OpportunityChangedPlugin", "2026-11-23T10:00:00Z", "Create of opportunity", "System.NullReferenceException", "Object reference not set."),
            ("PartnerStepPlugin", "2026-11-21T07:00:00Z", "Create of task", "Microsoft.Xrm.Sdk.InvalidPluginExecutionException", "Refused.")));

        // Act
        await OpenAsync(api);

        // Assert: one call, seven days back; per step, newest step first, the newest failure's reason in words.
        Assert.That(api.Requests.Where(request => request.Url.StartsWith("crmspm_pluginhealths", StringComparison.Ordinal)).Select(request => request.Url),
            Is.EqualTo(new[] { HealthQuery }));
        var steps = Page.Locator(".health-step");
        Assert.That(await steps.EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.step)"),
            Is.EqualTo(new[] { "OpportunityChangedPlugin", "ActivityLoggedPlugin", "PartnerStepPlugin" }));
        Assert.That(await steps.Nth(0).Locator(".health-head").InnerTextAsync(), Does.StartWith("Deal saved").And.EndWith("2 failures"));
        Assert.That(await steps.Nth(0).Locator("p").First.InnerTextAsync(), Is.EqualTo("Last: 11/27/2026 08:15 AM (today), on Update of opportunity"));
        Assert.That(await steps.Nth(0).Locator(".health-reason").InnerTextAsync(), Is.EqualTo("Data on the record could not be read."));
        Assert.That(await steps.Nth(1).Locator(".health-head").InnerTextAsync(), Does.StartWith("Activity logged").And.EndWith("1 failure"));
        Assert.That(await steps.Nth(1).Locator("p").First.InnerTextAsync(), Is.EqualTo("Last: 11/24/2026 04:30 PM (3 days ago), on Update of phonecall"));
        Assert.That(await steps.Nth(1).Locator(".health-reason").InnerTextAsync(), Does.StartWith("A defect in CrmSpm"));
        Assert.That(await steps.Nth(2).Locator(".health-head").InnerTextAsync(), Does.StartWith("PartnerStepPlugin"));
        Assert.That(await steps.Nth(2).Locator(".health-reason").InnerTextAsync(), Is.EqualTo("An unexpected error."));
        Assert.That(await Page.Locator(".health-ok").CountAsync(), Is.EqualTo(0));
        await SaveScreenshotAsync("health-failures");
    }

    [Test]
    public async Task HealthSection_WithoutFailures_Should_SayAllStepsAreHealthy()
    {
        // Arrange
        var api = Api(Rows());

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(await Page.Locator(".health-ok").InnerTextAsync(), Is.EqualTo("All steps healthy: no failures in the last 7 days."));
        Assert.That(await Page.Locator(".health-step").CountAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task HealthSection_HostileMessage_Should_ShowItAsText()
    {
        // Arrange: the platform's message is whatever an exception said, so it is shown as text, never as markup.
        const string hostile = "<img src=x onerror=\"window.hacked=1\">";
        var api = Api(Rows(("TipAnsweredPlugin", "2026-11-26T12:00:00Z", "Update of task", "System.InvalidOperationException", hostile)));

        // Act
        await OpenAsync(api);
        await Page.Locator(".health-step summary").ClickAsync();

        // Assert
        Assert.That(await Page.Locator(".health-step details .muted").InnerTextAsync(), Is.EqualTo(hostile));
        Assert.That(await Page.Locator(".health img").CountAsync(), Is.EqualTo(0));
        Assert.That(await Page.EvaluateAsync<bool>("window.hacked === 1"), Is.False);
        Assert.That(await Page.Locator(".health-step .health-head strong").InnerTextAsync(), Is.EqualTo("Coaching tip answered"));
    }

    [Test]
    public async Task HealthSection_WhenItsCallFails_Should_OfferARetry_AndTheProfileEditorStillLoads()
    {
        // Arrange: a role without read access on the health table.
        var api = new FakeWebApi()
            .Fail("GET", "crmspm_pluginhealths?", 403, "0x80040220", "Principal user is missing prvReadcrmspm_pluginhealth privilege.")
            .Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"));

        // Act
        await OpenAsync(api);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator("#health [role='alert']").CountAsync(), Is.EqualTo(1));
        Assert.That(await Page.Locator("#health button").InnerTextAsync(), Is.EqualTo("Try again"));
        Assert.That(await Page.Locator("[data-path='weights.adoption.freshness']").InputValueAsync(), Is.EqualTo("30"));
    }

    [Test]
    public async Task HealthSection_InFrench_Should_UseTheFrenchStrings()
    {
        // Arrange
        var api = Api(Rows(("DealClosedPlugin", "2026-11-26T12:00:00Z", "Win of opportunity", "System.TimeoutException", "Timed out.")));

        // Act
        await OpenPageAsync(PagePath, new XrmScenario("crmspm_scoringprofile", string.Empty) { LanguageId = 1036, ShortDatePattern = "dd/MM/yyyy" }, api);
        await Page.Locator("#health[aria-busy='false']").WaitForAsync();

        // Assert
        Assert.That(await Page.Locator("#health h2").InnerTextAsync(), Is.EqualTo("Santé des plug-ins, 7 derniers jours"));
        Assert.That(await Page.Locator(".health-head").InnerTextAsync(), Does.StartWith("Opportunité gagnée, perdue ou rouverte").And.EndWith("1 échec"));
        Assert.That(await Page.Locator(".health-reason").InnerTextAsync(), Is.EqualTo("Le traitement a pris trop de temps."));
    }
}
