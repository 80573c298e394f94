using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>The scoring profile admin page: loading, live validation with the server's messages, saving.</summary>
public sealed class ProfileAdminPageTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/admin/profile.html";
    internal const string ProfileId = "9f000000-0000-4000-8000-000000000001";

    internal static FakeWebApi Api(JsonObject? body = null) => new FakeWebApi()
        .Get("crmspm_scoringprofiles?", body ?? Fixtures.Load("scoring-profile.json"))
        .Get("crmspm_pluginhealths?", PluginHealthSectionTests.Rows())
        .PatchReturning($"crmspm_scoringprofiles({ProfileId})", new JsonObject { ["@odata.etag"] = "W/\"880022\"", ["crmspm_version"] = 4 });

    internal static JsonObject StoredProfile() =>
        JsonNode.Parse(Fixtures.Load("scoring-profile.json")["value"]![0]!["crmspm_profilejson"]!.GetValue<string>())!.AsObject();

    private async Task OpenAsync(FakeWebApi api, int width = WideWidth, ColorScheme? scheme = null)
    {
        await OpenPageAsync(PagePath, new XrmScenario("crmspm_scoringprofile", string.Empty), api, width, scheme);
        await WaitForRenderAsync();
    }

    private ILocator Field(string path) => Page.Locator($"[data-path='{path}']");

    private async Task<string> ErrorUnderAsync(string path)
    {
        var id = await Field(path).GetAttributeAsync("aria-describedby");
        return await Page.Locator($"#{id}").InnerTextAsync();
    }

    /// <summary>The summary's problems as "path: message" (each item's data-problem), the form Core's loader reports them in.</summary>
    private async Task<IReadOnlyList<string>> SummaryAsync() =>
        await Page.Locator(".problem-summary li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.problem)");

    [Test]
    public async Task AdminPage_Should_LoadTheActiveProfileInOneCallPerSectionAndShowItsValues()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);
        await Page.Locator("#health[aria-busy='false']").WaitForAsync();

        // Assert: one call per section, the profile's and the plug-in health's (PluginHealthSectionTests).
        Assert.That(api.Requests.Select(request => request.Url), Is.EquivalentTo(new[]
        {
            "crmspm_scoringprofiles?$select=crmspm_scoringprofileid,crmspm_name,crmspm_profilejson,crmspm_version" +
            "&$filter=crmspm_isactive eq true&$orderby=crmspm_version desc&$top=1",
            PluginHealthSectionTests.HealthQuery,
        }));
        Assert.That(await Field("weights.adoption.freshness").InputValueAsync(), Is.EqualTo("30"), "weights as percentages: 0.3 → 30");
        Assert.That(await Field("thresholds.amountBands").InputValueAsync(), Is.EqualTo("10000, 50000, 250000"));
        Assert.That(await Field("rules[0].parameters.staleDays").InputValueAsync(), Is.EqualTo("14"));
        Assert.That(await Field("rules[1].severity").InputValueAsync(), Is.EqualTo("High"));
        Assert.That(await Page.Locator(".page-head .muted").InnerTextAsync(), Is.EqualTo("Version 3"));
        await SaveScreenshotAsync("loaded");
    }

    [TestCase("weights.adoption.freshness", "150", "must be between 0% and 100%")]
    [TestCase("thresholds.minClosedDealsForTier", "2.5", "must be a whole number")]
    [TestCase("thresholds.freshnessDays", "", "must be a number")]
    [TestCase("thresholds.amountBands", "10000, 5000", "must be in ascending order")]
    [TestCase("rules[0].parameters.staleDays", "0", "must be between 1 and 365")]
    [TestCase("rules[0].trainingLink", "javascript:alert(1)", "must be an absolute http or https URL")]
    [TestCase("rules[0].trainingLink", "/training/stale", "must be an absolute http or https URL")]
    public async Task AdminPage_WithAnInvalidValue_Should_ShowTheServersMessageUnderTheField(string path, string value, string message)
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        await Field(path).FillAsync(value);
        await Field(path).DispatchEventAsync("change");

        // Assert
        Assert.That(await ErrorUnderAsync(path), Is.EqualTo(message));
        Assert.That(await Field(path).GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await SummaryAsync(), Has.Count.EqualTo(1));
        Assert.That(await SummaryAsync(), Has.All.StartWith(path + ": "));
    }

    [Test]
    public async Task AdminPage_WithAllAdoptionWeightsZero_Should_SayOneMustBeAboveZero()
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        foreach (var key in new[] { "completeness", "freshness", "activityRate", "closeDateHygiene", "nextStepDiscipline" })
        {
            await Field($"weights.adoption.{key}").FillAsync("0");
        }

        await Field("weights.adoption.nextStepDiscipline").DispatchEventAsync("change");

        // Assert
        Assert.That(await SummaryAsync(), Is.EqualTo(new[] { "weights.adoption: at least one weight must be above 0" }));
    }

    [Test]
    public async Task AdminPage_WithTierSharesOverOne_Should_ReportItOnTierAShare()
    {
        // Arrange
        await OpenAsync(Api());

        // Act: 0.8 + the default 0.25 = 1.05 > 1.
        await Field("thresholds.tierAShare").FillAsync("0.8");
        await Field("thresholds.tierAShare").DispatchEventAsync("change");

        // Assert
        Assert.That(await SummaryAsync(), Is.EqualTo(new[] { "thresholds.tierAShare: tierAShare + tierCShare must not exceed 1" }));
    }

    [Test]
    public async Task Save_WithProblems_Should_ListThemAndWriteNothing()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);
        await Field("weights.tier.winRate").FillAsync("200");
        await Field("rules[2].parameters.fromStageOrder").FillAsync(string.Empty);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // Assert: an emptied number field is not a number, as the server would say of "" in the JSON.
        Assert.That(await Page.Locator(".problem-summary p").InnerTextAsync(), Is.EqualTo("2 problems to fix before saving"));
        Assert.That(await SummaryAsync(), Is.EqualTo(new[]
        {
            "weights.tier.winRate: must be between 0 and 1",
            "rules[2].parameters.fromStageOrder: must be a number",
        }));
        Assert.That(api.Requests.Where(request => request.Method == "PATCH"), Is.Empty);
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.className"), Is.EqualTo("problem-summary"));
    }

    [Test]
    public async Task Rules_Should_BeHeadedByTheirNamesAndProblemsNamedInWords()
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        await Field("rules[0].parameters.staleDays").FillAsync("0");
        await Field("rules[0].parameters.staleDays").DispatchEventAsync("change");

        // Assert: no rule ids or JSON paths on screen.
        Assert.That(await Page.Locator(".rule h3").First.InnerTextAsync(), Is.EqualTo("Deal without recent activity"));
        Assert.That(await Page.Locator(".problem-summary li").InnerTextAsync(),
            Is.EqualTo("Deal without recent activity — Days without a completed activity: must be between 1 and 365"));
        await Page.Locator(".problem-summary li button").ClickAsync();
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.dataset.path"), Is.EqualTo("rules[0].parameters.staleDays"));
    }

    [Test]
    public async Task AdminPage_WithStoredTextThatIsNotJson_Should_ShowTheParserProblemAtTheRoot()
    {
        // Arrange
        var body = Fixtures.Load("scoring-profile.json");
        body["value"]![0]!["crmspm_profilejson"] = "{ \"version\": 1,";

        // Act
        await OpenAsync(Api(body));

        // Assert
        Assert.That(await Page.GetByRole(AriaRole.Alert).InnerTextAsync(), Does.StartWith("$: is not valid JSON: "));
    }

    [Test]
    public async Task AdminPage_WithoutAnActiveProfile_Should_SaySo()
    {
        // Arrange
        var body = Fixtures.Load("scoring-profile.json");
        body["value"] = new JsonArray();

        // Act
        await OpenAsync(Api(body));

        // Assert
        Assert.That(await Page.Locator(".state-empty").InnerTextAsync(), Is.EqualTo("No active scoring profile. Create one in Settings first."));
    }

    [Test]
    public async Task AdminPage_WithScriptInTheProfileNameAndRuleIds_Should_ShowTheTextAndRunNothing()
    {
        // Arrange
        var body = Fixtures.Load("scoring-profile.json");
        var row = body["value"]![0]!.AsObject();
        row["crmspm_name"] = Hostile.Image;
        var profile = StoredProfile();
        profile["rules"]![0]!["id"] = Hostile.Svg;
        row["crmspm_profilejson"] = profile.ToJsonString();

        // Act
        await OpenAsync(Api(body));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // Assert
        Assert.That(await Page.EvaluateAsync<string>(Hostile.NothingRanScript), Is.EqualTo(Hostile.NothingRan));
        Assert.That(await Page.Locator("main").InnerTextAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Svg));
        Assert.That(await SummaryAsync(), Is.EqualTo(new[] { "rules[0].id: is not a known rule id" }));
    }

    [TestCase(WideWidth, "light")]
    [TestCase(NarrowWidth, "dark")]
    public async Task AdminPage_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Act
        await OpenPageAsync(PagePath, new XrmScenario("crmspm_scoringprofile", string.Empty) { Theme = theme == "dark" ? "dark" : "default" }, Api(), width);
        await WaitForRenderAsync();
        await Field("weights.adoption.freshness").FillAsync("700");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }
}
