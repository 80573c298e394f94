using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>The opportunity coaching panel rendering its data, states and theme (actions are in OpportunityTipActionTests).</summary>
public sealed class OpportunityPanelTests : BrowserTestBase
{
    internal const string PanelPath = "crmspm_/coaching/opportunity.html";
    internal const string FormId = "{7D3C2E10-0000-4000-8000-000000000001}";

    internal static XrmScenario Scenario(JsonObject? record = null) =>
        new XrmScenario("opportunity", FormId).Answer("retrieveRecord", "opportunity", record ?? Fixtures.Load("opportunity-coaching.json"));

    [Test]
    public async Task OpportunityPanel_WithScoreAndTips_Should_ShowScoreTrendAndReasonsInWords()
    {
        // Arrange
        var scenario = Scenario();

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert: 62 now, 55 before → up 7; reasons sorted by |impact| within each side.
        var score = Page.Locator(".deal-score");
        Assert.That(await score.Locator(".score-value").InnerTextAsync(), Does.StartWith("62"));
        Assert.That(await score.Locator(".trend").InnerTextAsync(), Does.Contain("Up 7 since the last change"));
        Assert.That(await Page.Locator(".reason-help li").AllInnerTextsAsync(), Is.EqualTo(new[] { "Touched 2 days ago", "3 contacts engaged" }));
        Assert.That(await Page.Locator(".reason-hurt li").AllInnerTextsAsync(), Is.EqualTo(new[] { "Close date moved 3 times", "In Propose for 16 days" }));
        Assert.That(PageErrors, Is.Empty);
    }

    [Test]
    public async Task OpportunityPanel_WithTips_Should_ListThemHighSeverityFirstWithEvidenceBenchmarkAndTraining()
    {
        // Arrange
        var scenario = Scenario();

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert: the fixture lists Low, High, Medium; the panel orders High, Medium, Low.
        Assert.That(await Page.Locator(".tip-title").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "Touch this deal: no activity for 16 days", "Record the next step", "Add a second contact",
        }));
        var stale = Page.Locator("[data-tip-id='a1000000-0000-4000-8000-00000000000a']");
        Assert.That(await stale.Locator(".badge").InnerTextAsync(), Does.EndWith("High"));
        Assert.That(await stale.Locator(".tip-evidence dt").AllInnerTextsAsync(), Is.EqualTo(new[] { "Observed", "Benchmark", "Days in stage" }));
        Assert.That(await stale.Locator(".tip-evidence dd").AllInnerTextsAsync(), Is.EqualTo(new[] { "16 days", "4 days", "21" }));
        Assert.That(await stale.Locator(".tip-benchmark").InnerTextAsync(), Is.EqualTo("Top performers: Top performers touch open deals every 4 days"));
        Assert.That(await stale.Locator(".tip-meta").InnerTextAsync(), Does.Contain("Due Nov 28, 2026"));
        Assert.That(await stale.Locator("a").GetAttributeAsync("href"), Is.EqualTo("https://learn.contoso.com/coaching/stale-deals"));
        Assert.That(await Page.Locator(".section-head .muted").InnerTextAsync(), Is.EqualTo("3 open tips"));
        await SaveScreenshotAsync("light-wide");
    }

    [Test]
    public async Task OpportunityPanel_WithUnsafeOrMalformedTipColumns_Should_ShowWhatIsSafeAndNoLink()
    {
        // Arrange: "next-step" has evidence that is not JSON and a javascript: training link.
        var scenario = Scenario();

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        var nextStep = Page.Locator("[data-tip-id='a1000000-0000-4000-8000-00000000000b']");
        Assert.That(await nextStep.Locator(".tip-evidence").CountAsync(), Is.Zero);
        Assert.That(await nextStep.Locator("a").CountAsync(), Is.Zero);
        Assert.That(await nextStep.Locator(".tip-message").InnerTextAsync(), Does.StartWith("This deal has no next step."));
        Assert.That(PageErrors, Is.Empty);
    }

    [Test]
    public async Task OpportunityPanel_Render_Should_MakeOneWebApiCallExpandingOnlyOpenUnsnoozedTips()
    {
        // Arrange
        var scenario = Scenario();

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();
        var calls = await WebApiCallsAsync();

        // Assert
        Assert.That(calls, Has.Count.EqualTo(1));
        var call = calls[0];
        Assert.That((call.Operation, call.Entity, call.Id), Is.EqualTo(("retrieveRecord", "opportunity", "7d3c2e10-0000-4000-8000-000000000001")));
        Assert.That(call.Options, Does.StartWith("?$select=name,crmspm_dealscore,crmspm_previousdealscore,crmspm_dealscorereasons&$expand=Opportunity_Tasks("));
        Assert.That(call.Options, Does.Contain(
            "$filter=statecode eq 0 and crmspm_ruleid ne null and (crmspm_snoozeduntil eq null or crmspm_snoozeduntil le 2026-11-27T09:00:00.000Z)"));
        Assert.That(call.Options, Does.Contain("$orderby=crmspm_severity desc,scheduledend asc"));
    }

    [Test]
    public async Task OpportunityPanel_WhenTheServerHasMoreTipsThanItReturned_Should_SayOnlyTheFirstAreShown()
    {
        // Arrange: an expanded collection that was cut off carries its own nextLink annotation.
        var record = Fixtures.Load("opportunity-coaching.json");
        record["Opportunity_Tasks@odata.nextLink"] =
            "https://contoso.crm.dynamics.com/api/data/v9.2/opportunities(7d3c2e10-0000-4000-8000-000000000001)/Opportunity_Tasks?$skiptoken=2";

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".tips > .muted").InnerTextAsync(), Is.EqualTo("Showing the first 3; open the task list for the rest."));
    }

    [Test]
    public async Task OpportunityPanel_WithoutScoreOrTips_Should_ShowEmptyStates()
    {
        // Arrange
        var record = Fixtures.Load("opportunity-coaching.json");
        record.Remove("crmspm_dealscore");
        record.Remove("crmspm_previousdealscore");
        record.Remove("crmspm_dealscorereasons");
        record["Opportunity_Tasks"] = new JsonArray();

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record), NarrowWidth);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".deal-score").InnerTextAsync(), Does.Contain("Not scored yet").And.Contain("No reasons recorded yet."));
        Assert.That(await Page.Locator(".tips .state-empty").InnerTextAsync(), Is.EqualTo("No open tips. Nice work."));
        await SaveScreenshotAsync("empty");
    }

    [Test]
    public async Task OpportunityPanel_WhileLoading_Should_ShowLoadingUntilTheDataArrives()
    {
        // Arrange
        var scenario = new XrmScenario("opportunity", FormId) { HoldResponses = true }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await Page.Locator(".state-loading").WaitForAsync();
        var loadingText = await Page.Locator("main").InnerTextAsync();
        await Page.EvaluateAsync("window.__fakeXrm.release()");
        await WaitForRenderAsync();

        // Assert
        Assert.That(loadingText, Does.Contain("Loading…"));
        Assert.That(await Page.Locator(".tip").CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task OpportunityPanel_WhenTheQueryFails_Should_ShowTheErrorAndRetryOnRequest()
    {
        // Arrange
        var scenario = new XrmScenario("opportunity", FormId)
            .Fail("retrieveRecord", "opportunity", -2147220891, "You do not have read access to tasks.");

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();
        var errorText = await Page.Locator(".state-error").InnerTextAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await WaitForRenderAsync();

        // Assert
        Assert.That(errorText, Does.Contain("CrmSpm could not load this data: You do not have read access to tasks."));
        Assert.That((await WebApiCallsAsync()).Count(call => call.IsRead), Is.EqualTo(2));
        Assert.That(await Page.Locator(".state-error").CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task OpportunityPanel_OnACreateForm_Should_AskToSaveAndQueryNothing()
    {
        // Arrange: a new record has no id yet.
        var scenario = new XrmScenario("opportunity", string.Empty);

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator("main").InnerTextAsync(), Is.EqualTo("Save the record to see coaching."));
        Assert.That(await WebApiCallsAsync(), Is.Empty);
    }

    [TestCase(WideWidth, "light")]
    [TestCase(NarrowWidth, "dark")]
    public async Task OpportunityPanel_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Arrange
        var scheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;

        // Act
        await OpenPanelAsync(PanelPath, Scenario(), width, scheme);
        await WaitForRenderAsync();
        await Page.Locator("[data-action='dismiss']").First.ClickAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }

    [Test]
    public async Task OpportunityPanel_InDarkTheme_Should_UseTheDarkTokens()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario(), NarrowWidth, ColorScheme.Dark);
        await WaitForRenderAsync();

        // Assert: Fluent 2 dark colorNeutralBackground1 is #292929 = rgb(41, 41, 41).
        var cardBackground = await Page.Locator(".card").First.EvaluateAsync<string>("card => getComputedStyle(card).backgroundColor");
        Assert.That(cardBackground, Is.EqualTo("rgb(41, 41, 41)"));
    }
}
