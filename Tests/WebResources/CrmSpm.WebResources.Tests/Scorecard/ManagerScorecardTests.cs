using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Scorecard;

/// <summary>The manager scorecard page: team table, queue, practices, drill-down, CSV, states, safety and themes.</summary>
public sealed class ManagerScorecardTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/scorecard/manager.html";
    private const string BeaId = "0e000000-0000-4000-8000-000000000002";

    private static XrmScenario Scenario() => new("systemuser", string.Empty);

    private static FakeWebApi Api(JsonObject? scorecards = null) => new FakeWebApi()
        .Get("crmspm_scorecards?fetchXml=", scorecards ?? Fixtures.Load("team-scorecards.json"))
        .Get("opportunities?", Fixtures.Load("rep-deals.json"));

    private async Task OpenAsync(FakeWebApi api, int width = WideWidth, ColorScheme? scheme = null)
    {
        await OpenPageAsync(PagePath, Scenario(), api, width, scheme);
        await WaitForRenderAsync();
    }

    [Test]
    public async Task Scorecard_ForTheManagersTeam_Should_ShowOneRowPerRepSortedByName()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);

        // Assert: Bea Novak: adoption 61, behaviour 52, win rate 0.22 → 22%, quota 0.64 → 64%, coverage 2.1×, tier B, trend −3.
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Alex Wu", "Bea Novak", "Carl Ito" }));
        var bea = Page.Locator($"tr[data-rep-id='{BeaId}']");
        Assert.That(await bea.Locator("td").AllInnerTextsAsync(), Is.EqualTo(new[] { "61", "52", "22%", "64%", "2.1×", "B", "-3", "Deals needing attention" }));
        Assert.That(await bea.Locator("svg.sparkline").GetAttributeAsync("aria-label"), Is.EqualTo("Adoption over the last periods: 66, 64, 61"));
        Assert.That(await Page.Locator("h1 + .muted").InnerTextAsync(), Is.EqualTo("Period 2026-11"));
        await SaveScreenshotAsync("light-wide");
    }

    [Test]
    public async Task Scorecard_Render_Should_MakeOneFetchXmlCallForTheSignedInManagersReports()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(api.Requests, Has.Count.EqualTo(1));
        var request = api.Requests[0];
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Url, Does.Contain("<condition attribute=\"crmspm_period\" operator=\"eq\" value=\"2026-11\"/>"));
        Assert.That(request.Url, Does.Contain("<link-entity name=\"systemuser\" from=\"systemuserid\" to=\"crmspm_repid\" link-type=\"inner\" alias=\"rep\">"));
        Assert.That(request.Url, Does.Contain("<condition attribute=\"parentsystemuserid\" operator=\"eq-userid\"/>"));
        Assert.That(request.Url, Does.Contain(
            "<link-entity name=\"crmspm_modelstate\" from=\"crmspm_businessunitid\" to=\"businessunitid\" link-type=\"outer\" alias=\"team\">" +
            "<attribute name=\"crmspm_benchmarks\"/></link-entity></link-entity>"));
        Assert.That(request.Header("Prefer"), Is.EqualTo("odata.include-annotations=\"*\""));
        Assert.That(request.Header("OData-Version"), Is.EqualTo("4.0"));
    }

    [Test]
    public async Task CoachingQueue_Should_RankRepsByRevenueGainAndLeaveOutThoseWithNone()
    {
        // Act
        await OpenAsync(Api());

        // Assert: Carl 125,000 before Bea 48,000; Alex's gain is 0.
        Assert.That(await Page.Locator(".queue .queue-rep").AllInnerTextsAsync(), Is.EqualTo(new[] { "Carl Ito", "Bea Novak" }));
        Assert.That(await Page.Locator(".queue .queue-gain").AllTextContentsAsync(), Is.EqualTo(new[] { "Revenue gain: $125,000.00", "Revenue gain: $48,000.00" }));
        Assert.That(await Page.Locator(".queue .queue-gap").First.InnerTextAsync(), Is.EqualTo("Coach on: Contacts engaged per deal"));
    }

    [Test]
    public async Task Practices_Should_ListOnlyBehavioursThatSeparateTopPerformers()
    {
        // Act
        await OpenAsync(Api());

        // Assert: the team's benchmarks (joined from crmspm_modelstate); "Next step recorded" has isPractice false.
        Assert.That(await Page.Locator(".practices .practice-label").AllInnerTextsAsync(), Is.EqualTo(new[] { "Days between touches at Propose", "Contacts engaged per deal" }));
        Assert.That(await Page.Locator(".practices .muted").First.InnerTextAsync(), Is.EqualTo("Top performers: 4 days · B-tier reps: 9.5 days"));
    }

    [Test]
    public async Task DrillDown_OnARep_Should_QueryTheirOpenDealsNeedingAttentionAndListThem()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();

        // Assert: idle means no touch since 27 Nov − 14 days = 13 Nov 09:00; Northwind was last touched 6 Nov → 21 days ago.
        Assert.That(api.Requests, Has.Count.EqualTo(2));
        Assert.That(api.Requests[1].Url, Is.EqualTo(
            "opportunities?$select=opportunityid,name,estimatedvalue,estimatedclosedate,crmspm_dealscore,crmspm_lasttouchon,crmspm_closedatepushcount" +
            $"&$filter=_ownerid_value eq {BeaId} and statecode eq 0 and (crmspm_dealscore lt 40 or crmspm_closedatepushcount ge 2" +
            " or crmspm_lasttouchon lt 2026-11-13T09:00:00.000Z or crmspm_lasttouchon eq null)" +
            "&$orderby=crmspm_dealscore asc"));
        Assert.That(await Page.Locator("#drill-title").InnerTextAsync(), Is.EqualTo("Deals needing attention: Bea Novak"));
        Assert.That(await Page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("drill-title"), "focus moves to the drill-down");
        Assert.That(await Page.Locator(".drill-down tbody tr").First.Locator("th, td").AllInnerTextsAsync(),
            Is.EqualTo(new[] { "Northwind rollout", "$90,000.00", "Dec 15, 2026", "22", "21 days ago", "3" }));
        Assert.That(await Page.Locator(".drill-down tbody tr").Nth(1).Locator("th, td").AllInnerTextsAsync(),
            Is.EqualTo(new[] { "Tailspin upgrade", "$30,000.00", "–", "55", "Never", "0" }));
        await SaveScreenshotAsync("drill-down");
    }

    [Test]
    public async Task ExportCsv_Should_DownloadTheTeamTableWithInvariantNumbers()
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        // Assert: the fixture's values written as they are, rows in the table's order, a BOM for Excel.
        Assert.That(download.SuggestedFilename, Is.EqualTo("crmspm-team-scorecard-2026-11.csv"));
        Assert.That(csv, Is.EqualTo(
            "\ufeffRep,Period,Adoption,Behaviour,Win rate,Quota,Pipeline coverage,Needed coverage,Tier,Adoption trend,Revenue gain,Coach on\r\n" +
            "Alex Wu,2026-11,82.5,76,0.31,0.92,3.4,3.2,A,4.5,0,\r\n" +
            "Bea Novak,2026-11,61,52,0.22,0.64,2.1,4.5,B,-3,48000,Days between touches at Propose\r\n" +
            "Carl Ito,2026-11,70,60,0.25,0.8,2.8,4,B,1,125000,Contacts engaged per deal\r\n"));
    }

    [Test]
    public async Task ExportCsv_WithFormulaOrQuotesInText_Should_NeutraliseAndQuoteThem()
    {
        // Arrange
        var scorecards = Fixtures.Load("team-scorecards.json");
        var alex = scorecards["value"]![1]!.AsObject();
        alex["_crmspm_repid_value@OData.Community.Display.V1.FormattedValue"] = "=HYPERLINK(\"http://evil.test\",\"x\")";
        alex["crmspm_largestgap"] = "Say \"hi\", then\nfollow up";
        await OpenAsync(Api(scorecards));

        // Act
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        // Assert: a leading = becomes '=, and fields with quotes, commas or line breaks are quoted with quotes doubled.
        Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\",2026-11,82.5"));
        Assert.That(csv, Does.Contain(",\"Say \"\"hi\"\", then\nfollow up\"\r\n"));
    }

    [Test]
    public async Task Scorecard_WithoutScorecards_Should_SaySoAndOfferNoExport()
    {
        // Arrange
        var empty = Fixtures.Load("team-scorecards.json");
        empty["value"] = new JsonArray();

        // Act
        await OpenAsync(Api(empty));

        // Assert
        Assert.That(await Page.Locator(".state-empty").InnerTextAsync(), Is.EqualTo("No scorecards for your team in this period yet."));
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Scorecard_WhenTheWebApiRefuses_Should_ShowItsMessage()
    {
        // Arrange
        var api = new FakeWebApi().Fail("GET", "crmspm_scorecards", 403, "0x80040220",
            "Principal user is missing prvReadcrmspm_scorecard privilege.");

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(await Page.GetByRole(AriaRole.Alert).InnerTextAsync(),
            Does.Contain("CrmSpm could not load this data: Principal user is missing prvReadcrmspm_scorecard privilege."));
    }

    [Test]
    public async Task Scorecard_WithScriptInEveryRenderedColumn_Should_ShowTheTextAndRunNothing()
    {
        // Arrange
        var scorecards = Fixtures.Load("team-scorecards.json");
        var bea = scorecards["value"]![2]!.AsObject();
        bea["_crmspm_repid_value@OData.Community.Display.V1.FormattedValue"] = Hostile.Image;
        bea["crmspm_tier@OData.Community.Display.V1.FormattedValue"] = Hostile.Svg;
        bea["crmspm_largestgap"] = Hostile.Script;
        bea["crmspm_revenuegain@OData.Community.Display.V1.FormattedValue"] = Hostile.Image;
        bea["crmspm_trendhistory"] = Hostile.Script;
        bea["team.crmspm_benchmarks"] = new JsonObject
        {
            ["behaviours"] = new JsonArray(new JsonObject
            {
                ["behaviour"] = "x", ["label"] = Hostile.Image, ["unit"] = Hostile.Svg, ["higherIsBetter"] = true,
                ["aBenchmark"] = 1, ["bValue"] = 2, ["isPractice"] = true,
            }),
        }.ToJsonString();

        // Act
        await OpenAsync(Api(scorecards));

        // Assert
        Assert.That(await Page.EvaluateAsync<string>(Hostile.NothingRanScript), Is.EqualTo(Hostile.NothingRan));
        Assert.That(await Page.Locator("main").InnerTextAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Svg).And.Contain(Hostile.Script));
        Assert.That(PageErrors, Is.Empty);
    }

    [Test]
    public async Task DrillDown_WithScriptInTheDealColumns_Should_ShowTheTextAndRunNothing()
    {
        // Arrange
        var deals = Fixtures.Load("rep-deals.json");
        var deal = deals["value"]![0]!.AsObject();
        deal["name"] = Hostile.Image;
        deal["estimatedvalue@OData.Community.Display.V1.FormattedValue"] = Hostile.Script;
        var api = new FakeWebApi()
            .Get("crmspm_scorecards?fetchXml=", Fixtures.Load("team-scorecards.json"))
            .Get("opportunities?", deals);
        await OpenAsync(api);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();

        // Assert
        Assert.That(await Page.EvaluateAsync<string>(Hostile.NothingRanScript), Is.EqualTo(Hostile.NothingRan));
        Assert.That(await Page.Locator(".drill-down").InnerTextAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Script));
    }

    [TestCase(WideWidth, "light")]
    [TestCase(NarrowWidth, "dark")]
    public async Task Scorecard_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Act
        await OpenAsync(Api(), width, theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }
}
