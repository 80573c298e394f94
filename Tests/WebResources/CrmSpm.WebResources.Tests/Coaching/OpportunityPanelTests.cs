using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>The opportunity coaching panel rendering its data, states and theme (answers are in OpportunityTipActionTests).</summary>
public sealed class OpportunityPanelTests : BrowserTestBase
{
    internal const string PanelPath = "crmspm_/coaching/opportunity.html";
    internal const string FormId = "{7D3C2E10-0000-4000-8000-000000000001}";
    internal const string StaleTipId = "a1000000-0000-4000-8000-00000000000a";

    internal static XrmScenario Scenario(JsonObject? record = null) =>
        new XrmScenario("opportunity", FormId).Answer("retrieveRecord", "opportunity", record ?? Fixtures.Load("opportunity-coaching.json"));

    [Test]
    public async Task DealScore_Should_ShowGradeOutOf100TrendInWordsLastChangeAndReasons()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();

        // Assert: 62 now, 55 before: grade B (50–69), +7 ≥ 3 points → improving; reasons by |impact|, impact × 100 as points.
        var score = Page.Locator(".deal-score");
        Assert.That(await score.Locator(".grade").InnerTextAsync(), Is.EqualTo("B"));
        Assert.That(await score.Locator(".score-value [aria-hidden]").InnerTextAsync(), Is.EqualTo("62/100"));
        Assert.That(await score.Locator(".trend").InnerTextAsync(), Does.EndWith("Improving"));
        Assert.That(await score.Locator(".score-history").InnerTextAsync(), Is.EqualTo("Last change: 55 → 62"));
        Assert.That(await Page.Locator(".reason-help li").AllInnerTextsAsync(), Is.EqualTo(new[] { "Touched 2 days ago (+31 points)", "3 contacts engaged (+12 points)" }));
        Assert.That(await Page.Locator(".reason-hurt li").AllInnerTextsAsync(), Is.EqualTo(new[] { "Close date moved 3 times (-22 points)", "In Propose for 16 days (-8 points)" }));
    }

    [Test]
    public async Task DealScore_WithHistory_Should_DrawItOnTheSharedScaleAndListTheLatestFiveWithDates()
    {
        // Act: six weekly scores 41, 48, 46, 51, 55, 62 (fixture), oldest first.
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();

        // Assert: the five latest, newest first, by the user's M/d/yyyy; the sparkline names every score.
        var history = Page.Locator(".score-trend");
        Assert.That(await history.Locator("h3").InnerTextAsync(), Is.EqualTo("Recent scores"));
        Assert.That(await history.Locator("li").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "11/23/2026: 62", "11/16/2026: 55", "11/9/2026: 51", "11/2/2026: 46", "10/26/2026: 48",
        }));
        Assert.That(await history.Locator("svg").GetAttributeAsync("aria-label"), Is.EqualTo("Deal score over its last 6 changes: 41, 48, 46, 51, 55, 62"));
        // x from 2 to 78 in 5 steps; y = 22 - score / 100 × 20 (scorecard/sparkline.js): 41 → 13.8, 62 → 9.6.
        var points = await history.Locator("polyline").GetAttributeAsync("points");
        Assert.That(points, Does.StartWith("2.0,13.8 ").And.EndWith(" 78.0,9.6"));
    }

    [Test]
    public async Task DealScore_WithMalformedOrHostileHistory_Should_DrawOnlyTheReadableEntriesAsText()
    {
        // Arrange: a script in a date, a score out of range, a missing date, then two good entries.
        var record = Fixtures.Load("opportunity-coaching.json");
        record["crmspm_dealscorehistory"] = "[{\"on\":\"<img src=x onerror=alert(1)>\",\"score\":50},{\"on\":\"2026-11-02T12:00:00Z\",\"score\":140}," +
            "{\"score\":30},{\"on\":\"2026-11-09T12:00:00Z\",\"score\":51},{\"on\":\"2026-11-16T12:00:00Z\",\"score\":55}]";

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".score-trend li").AllInnerTextsAsync(), Is.EqualTo(new[] { "11/16/2026: 55", "11/9/2026: 51" }));
        Assert.That(await Page.Locator(".deal-score img").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task DealScore_WithOneScoreInItsHistory_Should_DrawNoHistory()
    {
        // Arrange
        var record = Fixtures.Load("opportunity-coaching.json");
        record["crmspm_dealscorehistory"] = "[{\"on\":\"2026-11-16T12:00:00Z\",\"score\":62}]";

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".score-trend").CountAsync(), Is.Zero);
    }

    [TestCase(71, 70, "A", "Steady")]
    [TestCase(50, 60, "B", "Declining")]
    [TestCase(30, 28, "C", "Steady")]
    [TestCase(29, null, "D", "Not enough data for a trend")]
    public async Task DealScore_AtEachGradeBoundary_Should_ShowTheGradeAndTrend(int score, int? previous, string grade, string trend)
    {
        // Arrange
        var record = Fixtures.Load("opportunity-coaching.json");
        record["crmspm_dealscore"] = score;
        record["crmspm_previousdealscore"] = previous;

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert: A ≥ 70, B ≥ 50, C ≥ 30; a change under 3 points is steady; no previous score, no trend and no history line.
        Assert.That(await Page.Locator(".grade").InnerTextAsync(), Is.EqualTo(grade));
        Assert.That(await Page.Locator(".trend").InnerTextAsync(), Does.EndWith(trend));
        Assert.That(await Page.Locator(".score-history").CountAsync(), Is.EqualTo(previous is null ? 0 : 1));
    }

    [Test]
    public async Task Tips_Should_ShowTheActionInBoldThenYouAgainstTopPerformersThenTheButtons()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario(), NarrowWidth);
        await WaitForRenderAsync();

        // Assert: the description's first line (Core's wording, docs/scoring.md "Tip policy") is the bold action; the
        // evidence is one line; the title has no deal name. The other tips keep the older "What to do:" form.
        var stale = Page.Locator($"[data-tip-id='{StaleTipId}']");
        Assert.That(await stale.Locator(".tip-title").InnerTextAsync(), Is.EqualTo("Touch this deal"));
        Assert.That(await stale.Locator(".tip-action strong").InnerTextAsync(), Is.EqualTo("Call the buyer and log the next step."));
        Assert.That(await stale.Locator(".tip-compare").InnerTextAsync(), Is.EqualTo("You: 16 days · Top performers: 4 days"));
        var order = await stale.Locator(".tip-body > *").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.className)");
        Assert.That(order.Take(4), Is.EqualTo(new[] { "tip-head", "tip-action", "tip-compare", "tip-actions" }));
        Assert.That(await stale.Locator(".tip-meta a").InnerTextAsync(), Is.EqualTo("Learn how"));
        Assert.That(await stale.Locator(".tip-meta a").GetAttributeAsync("href"), Is.EqualTo("https://learn.contoso.com/coaching/stale-deals"));
        var why = await stale.Locator(".tip-why").TextContentAsync();
        Assert.That(why, Does.Contain("Days since the last touch").And.Not.Contain("Call the buyer").And.Not.Contain("Learn more"));
        Assert.That(await stale.Locator(".tip-evidence dt").AllTextContentsAsync(), Is.EqualTo(new[] { "Days in stage" }));
        await SaveScreenshotAsync("light-narrow");
    }

    [Test]
    public async Task Tips_WithFiveOpen_Should_ShowTheThreeMostUrgentAndOfferTheRest()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario(), NarrowWidth);
        await WaitForRenderAsync();

        // Assert: High, Medium, then the Low tip due first (3 Dec); the Low tips due 4 Dec and without a due date wait
        // behind "Show 2 more tips".
        Assert.That(await Page.Locator(".tip:visible .tip-title").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "Touch this deal", "Record the next step", "Log this week's calls",
        }));
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("5 open tips"));
        var more = Page.GetByRole(AriaRole.Button, new() { Name = "Show 2 more tips" });
        await more.ClickAsync();
        Assert.That(await Page.Locator(".tip:visible").CountAsync(), Is.EqualTo(5));
        Assert.That(await more.IsHiddenAsync(), Is.True);
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.textContent"), Is.EqualTo("Update the amount"));
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
        Assert.That(await nextStep.Locator(".tip-why p").First.TextContentAsync(), Does.StartWith("This deal has no next step."));
        Assert.That(PageErrors, Is.Empty);
    }

    [Test]
    public async Task OpportunityPanel_Render_Should_MakeOneWebApiCallExpandingOnlyOpenUnsnoozedTips()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();
        var calls = await WebApiCallsAsync();

        // Assert
        Assert.That(calls, Has.Count.EqualTo(1));
        var call = calls[0];
        Assert.That((call.Operation, call.Entity, call.Id), Is.EqualTo(("retrieveRecord", "opportunity", "7d3c2e10-0000-4000-8000-000000000001")));
        Assert.That(call.Options, Does.StartWith("?$select=name,crmspm_dealscore,crmspm_previousdealscore,crmspm_dealscorereasons,crmspm_dealscorehistory&$expand=Opportunity_Tasks("));
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
        Assert.That(await Page.Locator(".tips > .muted").InnerTextAsync(), Is.EqualTo("Showing the first 5; open the task list for the rest."));
    }

    [TestCase(1033, "Scored without reasons. ")]
    [TestCase(1036, "Score sans raisons. ")]
    public async Task DealScore_WithNotEnoughSignal_Should_ShowTheStoredNoteInOneMutedLine(int languageId, string lead)
    {
        // Arrange: a score whose model has not enough signal stores Core's note as its one reason, feature "note",
        // impact 0 (docs/plugins.md), which neither helps nor hurts.
        const string note = "Not enough signal yet: the team wins 50 % of its 20 closed deals.";
        var record = Fixtures.Load("opportunity-coaching.json");
        record["crmspm_dealscorereasons"] = "[{\"feature\":\"note\",\"text\":\"" + note + "\",\"impact\":0}]";
        var scenario = new XrmScenario("opportunity", FormId) { LanguageId = languageId }.Answer("retrieveRecord", "opportunity", record);

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert: the note (Core's own words, as the reasons are) after the page's lead, in a muted line where the
        // reasons would be; no list of what helps or hurts.
        var score = Page.Locator(".deal-score");
        Assert.That(await score.Locator("p.muted").AllInnerTextsAsync(), Does.Contain(lead + note));
        Assert.That(await score.Locator(".reasons").CountAsync(), Is.EqualTo(0));
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
        Assert.That(await Page.Locator(".tip").CountAsync(), Is.EqualTo(5));
    }

    [Test]
    public async Task OpportunityPanel_WithoutTheRepRole_Should_SayWhichRoleToAskForAndRetry()
    {
        // Arrange: 0x80040220 PrivilegeDenied, as Dataverse words it.
        var scenario = new XrmScenario("opportunity", FormId)
            .Fail("retrieveRecord", "opportunity", -2147220960, "Principal user (Id=5c1c7b2e-…) is missing prvReadActivity privilege (Id=650c14fe-…)");

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();
        var bar = Page.Locator(".message-bar");
        var shown = await bar.Locator(".message-bar-body > p").InnerTextAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await WaitForRenderAsync();

        // Assert: plain words and the next step; the platform's text only inside the folded technical details.
        Assert.That(shown, Is.EqualTo("You need the CrmSpm Rep security role to see this — ask your administrator."));
        Assert.That(await bar.GetAttributeAsync("role"), Is.EqualTo("alert"));
        Assert.That(await bar.Locator("details").GetAttributeAsync("open"), Is.Null);
        Assert.That(await bar.Locator("details").TextContentAsync(), Does.Contain("missing prvReadActivity privilege"));
        Assert.That((await WebApiCallsAsync()).Count(call => call.IsRead), Is.EqualTo(2));
    }

    [Test]
    public async Task OpportunityPanel_WhenThrottled_Should_AskToWaitAndTryAgain()
    {
        // Arrange: 0x80072321, a service protection limit.
        var scenario = new XrmScenario("opportunity", FormId)
            .Fail("retrieveRecord", "opportunity", -2147015903, "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".message-bar-body > p").InnerTextAsync(), Is.EqualTo("Dynamics 365 is busy right now. Wait a minute, then try again."));
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

    [TestCase(WideWidth, "default")]
    [TestCase(NarrowWidth, "dark")]
    [TestCase(PhoneWidth, "default")]
    public async Task OpportunityPanel_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Act
        await OpenPanelAsync(PanelPath, new XrmScenario("opportunity", FormId) { Theme = theme }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json")), width);
        await WaitForRenderAsync();
        await Page.Locator("[data-action='dismiss']").First.ClickAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }

}
