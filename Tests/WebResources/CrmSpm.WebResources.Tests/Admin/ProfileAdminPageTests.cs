using System.Text.Json.Nodes;
using CrmSpm.Core.Profile;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>The scoring profile admin page: loading, live validation with the server's messages, saving.</summary>
public sealed class ProfileAdminPageTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/admin/profile.html";
    private const string ProfileId = "9f000000-0000-4000-8000-000000000001";

    private static FakeWebApi Api(JsonObject? body = null) => new FakeWebApi()
        .Get("crmspm_scoringprofiles?", body ?? Fixtures.Load("scoring-profile.json"))
        .PatchReturning($"crmspm_scoringprofiles({ProfileId})", new JsonObject { ["@odata.etag"] = "W/\"880022\"", ["crmspm_version"] = 4 });

    private static JsonObject StoredProfile() =>
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
    public async Task AdminPage_Should_LoadTheActiveProfileInOneCallAndShowItsValues()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(api.Requests, Has.Count.EqualTo(1));
        Assert.That(api.Requests[0].Url, Is.EqualTo(
            "crmspm_scoringprofiles?$select=crmspm_scoringprofileid,crmspm_name,crmspm_profilejson,crmspm_version" +
            "&$filter=crmspm_isactive eq true&$orderby=crmspm_version desc&$top=1"));
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

    [TestCase("weights.adoption.freshness", "150")]
    [TestCase("thresholds.minClosedDealsForTier", "2.5")]
    [TestCase("thresholds.tierAShare", "0.8")]
    [TestCase("rules[0].parameters.staleDays", "400")]
    [TestCase("rules[0].trainingLink", "javascript:alert(1)")]
    public async Task AdminPage_Messages_Should_MatchWhatCoresLoaderSaysForTheSameProfile(string path, string value)
    {
        // Arrange
        await OpenAsync(Api());
        await Field(path).FillAsync(value);

        // Act: the page's problems, then Core's for the exact JSON the page would save.
        await Field(path).DispatchEventAsync("change");
        var pageProblems = await SummaryAsync();
        var edited = await Page.EvaluateAsync<string>(
            """
            async (loaded) => {
              const editor = await import("/source/crmspm_/admin/profileEditor.js");
              return JSON.stringify(editor.readProfile(JSON.parse(loaded), document.querySelector(".profile-editor")));
            }
            """,
            StoredProfile().ToJsonString());
        var coreProblems = ScoringProfileJson.Load(edited).Problems.Select(problem => problem.ToString()).ToList();

        // Assert
        Assert.That(pageProblems, Is.EqualTo(coreProblems));
    }

    [Test]
    public async Task AdminPage_EveryCatalogueRange_Should_MatchCoresLoaderJustBelowAtAndJustAboveItsBounds()
    {
        // Arrange: the page's catalogue (admin/profileCatalogue.js) copies Core's ProfileValidator ranges by hand;
        // each setting is set just below its minimum, at both bounds and just above its maximum (step 1 for whole
        // numbers, 0.001 otherwise), so a range that drifts from Core's changes a message or its presence.
        await OpenAsync(Api());

        // Act: in the page, one edit at a time (restored afterwards): its problems and the JSON it would save.
        var cases = await Page.EvaluateAsync<RangeCase[]>(
            """
            async (loaded) => {
              const catalogue = await import("/source/crmspm_/admin/profileCatalogue.js");
              const editor = await import("/source/crmspm_/admin/profileEditor.js");
              const profile = JSON.parse(loaded);
              const settings = [
                ...catalogue.ADOPTION_WEIGHTS.map((s) => ({ path: `weights.adoption.${s.key}`, ...s })),
                ...catalogue.TIER_WEIGHTS.map((s) => ({ path: `weights.tier.${s.key}`, ...s })),
                ...catalogue.THRESHOLDS.map((s) => ({ path: `thresholds.${s.key}`, ...s })),
                ...profile.rules.flatMap((rule, index) => catalogue.findRule(rule.id).parameters
                  .map((p) => ({ path: `rules[${index}].parameters.${p.name}`, ...p }))),
              ];
              const root = document.querySelector(".profile-editor");
              const cases = [];
              for (const setting of settings) {
                const step = setting.whole ? 1 : 0.001;
                const input = document.querySelector(`[data-path='${setting.path}']`);
                const original = input.value;
                for (const [bound, value] of [["below", setting.min - step], ["min", setting.min], ["max", setting.max], ["above", setting.max + step]]) {
                  // Weights are typed as percentages.
                  input.value = String(input.dataset.kind === "percent" ? Number((value * 100).toFixed(6)) : value);
                  input.dispatchEvent(new Event("change", { bubbles: true }));
                  const pageProblems = [...document.querySelectorAll(".problem-summary li")].map((li) => li.dataset.problem);
                  cases.push({ path: setting.path, bound, value: String(value), pageProblems, json: JSON.stringify(editor.readProfile(profile, root)) });
                }
                input.value = original;
              }
              return cases;
            }
            """,
            StoredProfile().ToJsonString());

        // Assert: 5 adoption + 2 tier weights, 10 thresholds and 11 rule parameters (docs/scoring-profile.md) = 28
        // settings, 4 values each.
        Assert.That(cases, Has.Length.EqualTo(28 * 4));
        Assert.Multiple(() =>
        {
            foreach (var rangeCase in cases)
            {
                var coreProblems = ScoringProfileJson.Load(rangeCase.Json).Problems.Select(problem => problem.ToString()).ToList();
                var where = $"{rangeCase.Path} = {rangeCase.Value} ({rangeCase.Bound})";
                Assert.That(rangeCase.PageProblems, Is.EqualTo(coreProblems), where);
                if (rangeCase.Bound is "below" or "above")
                {
                    Assert.That(coreProblems, Has.Some.StartsWith(rangeCase.Path + ": must be between"), where + " is out of Core's range");
                }
            }
        });
    }

    /// <summary>One edit of the range test: the page's problems and the JSON the page would save (settable
    /// properties because Playwright fills the result through a parameterless constructor).</summary>
    private sealed class RangeCase
    {
        public string Path { get; set; } = string.Empty;

        public string Bound { get; set; } = string.Empty;

        public string Value { get; set; } = string.Empty;

        public string[] PageProblems { get; set; } = [];

        public string Json { get; set; } = string.Empty;
    }
}
