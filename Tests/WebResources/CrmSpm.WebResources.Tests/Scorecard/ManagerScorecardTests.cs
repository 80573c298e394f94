using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Scorecard;

/// <summary>The manager scorecard page: team table, queue, practices, drill-down, CSV, states, safety and themes.</summary>
public sealed class ManagerScorecardTests : BrowserTestBase
{
    internal const string PagePath = "crmspm_/scorecard/manager.html";
    internal const string BeaId = "0e000000-0000-4000-8000-000000000002";
    private const string AlexId = "0e000000-0000-4000-8000-000000000001";
    private const string CarlId = "0e000000-0000-4000-8000-000000000003";

    private static XrmScenario Scenario() => new("systemuser", string.Empty);

    internal static FakeWebApi Api(JsonObject? scorecards = null) => new FakeWebApi()
        .Get("crmspm_scorecards?fetchXml=", scorecards ?? Fixtures.Load("team-scorecards.json"))
        .Get("opportunities?", Fixtures.Load("rep-deals.json"));

    private async Task OpenAsync(FakeWebApi api, int width = WideWidth, ColorScheme? scheme = null)
    {
        await OpenPageAsync(PagePath, Scenario(), api, width, scheme);
        await WaitForRenderAsync();
    }

    [Test]
    public async Task Scorecard_ByDefault_Should_ListRepsInTheCoachingQueuesOrderWithFlagsAndNumbers()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);

        // Assert: the server's order (revenue gain, largest first: Carl 125,000, Bea 48,000, Alex 0) is kept.
        // Bea: adoption 61, behaviour 52, win rate 0.22 → 22%, quota 0.64 → 64%, coverage 2.1×, tier B, trend −3.
        // 27 Nov 09:00 is (26 days + 9 h) / 30 days = 88% of November gone: 64% of quota is behind pace; 2.1× < 4.5× needed.
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Carl Ito", "Bea Novak", "Alex Wu" }));
        var bea = Page.Locator($".team-table tr[data-rep-id='{BeaId}']");
        Assert.That(await bea.Locator("td").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "Megan Bowen",
            "Behind pace: 64% of quota with 88% of the period gone\nCoverage 2.1×, needs 4.5× at this win rate",
            "61", "52", "22%", "64%", "2.1×", "B", "-3", "Deals",
        }));
        Assert.That(await bea.Locator("td.flagged").CountAsync(), Is.EqualTo(2));
        Assert.That(await Page.Locator($".team-table tr[data-rep-id='{AlexId}'] td.flags").InnerTextAsync(), Is.EqualTo("–"));
        Assert.That(await Page.Locator("#period").InputValueAsync(), Is.EqualTo("2026-11"));
        await SaveScreenshotAsync("light-wide");
    }

    [Test]
    public async Task TierBadge_WithAStoredExplanation_Should_SayWhyInItsTitle()
    {
        // Act: Carl's row carries Core's tier explanation in crmspm_details.
        await OpenAsync(Api());

        // Assert
        var badge = Page.Locator($".team-table tr[data-rep-id='{CarlId}'] .badge");
        Assert.That(await badge.GetAttributeAsync("title"), Does.StartWith("Tier B, rank 5 of 12 across the org: attainment 80 % of quota"));
    }

    [Test]
    public async Task Scorecard_WithAStoredQueueRank_Should_FollowItRatherThanTheServersOrder()
    {
        // Arrange: Core ranked Bea first (crmspm_queuerank 1), Carl second.
        var scorecards = Fixtures.Load("team-scorecards.json");
        scorecards["value"]![0]!["crmspm_queuerank"] = 2;
        scorecards["value"]![1]!["crmspm_queuerank"] = 1;

        // Act
        await OpenAsync(Api(scorecards));

        // Assert
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Bea Novak", "Carl Ito", "Alex Wu" }));
        Assert.That(await Page.Locator(".queue .queue-rep").AllInnerTextsAsync(), Is.EqualTo(new[] { "Bea Novak", "Carl Ito" }));
    }

    [Test]
    public async Task Scorecard_Render_Should_MakeOneFetchXmlCallForEveryoneUnderTheSignedInManager()
    {
        // Arrange
        var api = Api();

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(api.Requests, Has.Count.EqualTo(1));
        var request = api.Requests[0];
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Url, Does.Contain("<order attribute=\"crmspm_queuerank\"/>"), "Core's stored rank is the one queue order");
        Assert.That(request.Url, Does.Contain("<condition attribute=\"crmspm_period\" operator=\"eq\" value=\"2026-11\"/>"));
        Assert.That(request.Url, Does.Contain("<link-entity name=\"systemuser\" from=\"systemuserid\" to=\"crmspm_repid\" link-type=\"inner\" alias=\"rep\">"));
        Assert.That(request.Url, Does.Contain("<condition attribute=\"systemuserid\" operator=\"under\" value=\"5c1c7b2e-0000-4000-8000-0000000000aa\"/>"));
        Assert.That(request.Url, Does.Contain(
            "<link-entity name=\"crmspm_modelstate\" from=\"crmspm_businessunitid\" to=\"businessunitid\" link-type=\"outer\" alias=\"team\">" +
            "<attribute name=\"crmspm_benchmarks\"/></link-entity></link-entity>"));
        Assert.That(request.Header("Prefer"), Is.EqualTo("odata.include-annotations=\"*\""));
        Assert.That(request.Header("OData-Version"), Is.EqualTo("4.0"));
    }

    [Test]
    public async Task CoachingQueue_Should_ComeFirstWithTheAmountLabelledAndLeaveOutRepsWithNoGain()
    {
        // Act
        await OpenAsync(Api());

        // Assert: Carl (rank 1) before Bea (rank 2); Alex has no rank. The queue sits above the team table, in the first screen.
        Assert.That(await Page.Locator(".queue .queue-rep").AllInnerTextsAsync(), Is.EqualTo(new[] { "Carl Ito", "Bea Novak" }));
        Assert.That(await Page.Locator(".queue .queue-gain").AllInnerTextsAsync(),
            Is.EqualTo(new[] { "Revenue gain if coached: $125,000.00", "Revenue gain if coached: $48,000.00" }));
        Assert.That(await Page.Locator(".queue .queue-gap").First.InnerTextAsync(), Is.EqualTo("Coach on: Contacts engaged per deal"));
        var queueBottom = await Page.Locator(".queue").EvaluateAsync<double>("n => n.getBoundingClientRect().bottom");
        Assert.That(queueBottom, Is.LessThan(900), "the queue is above the fold");
        var order = await Page.EvaluateAsync<bool>("document.querySelector('.queue').compareDocumentPosition(document.querySelector('.team-table')) === Node.DOCUMENT_POSITION_FOLLOWING");
        Assert.That(order, Is.True);
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
    public async Task DrillDown_OnARep_Should_ListTheirDealsNeedingAttentionWithWhyAndOpenTheRecord()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).First.ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Northwind rollout" }).ClickAsync();

        // Assert: idle means no touch since 27 Nov − 14 days = 13 Nov 09:00; Northwind was last touched 6 Nov → 21 days ago.
        Assert.That(api.Requests, Has.Count.EqualTo(2));
        Assert.That(api.Requests[1].Url, Is.EqualTo(
            "opportunities?$select=opportunityid,name,estimatedvalue,estimatedclosedate,crmspm_dealscore,crmspm_lasttouchon,crmspm_closedatepushcount" +
            $"&$filter=_ownerid_value eq {BeaId} and statecode eq 0 and (crmspm_dealscore lt 40 or crmspm_closedatepushcount ge 2" +
            " or crmspm_lasttouchon lt 2026-11-13T09:00:00.000Z or crmspm_lasttouchon eq null)" +
            "&$orderby=crmspm_dealscore asc"));
        Assert.That(await Page.Locator("#drill-title").InnerTextAsync(), Is.EqualTo("Deals needing attention: Bea Novak"));
        Assert.That(await Page.Locator(".drill-down tbody tr").First.Locator("th, td").AllInnerTextsAsync(), Is.EqualTo(new[]
        {
            "Northwind rollout", "Score below 40 · Close date moved 3 times · No touch for 14+ days", "$90,000.00", "12/15/2026", "22", "21 days ago",
        }));
        Assert.That(await Page.Locator(".drill-down tbody tr").Nth(1).Locator("th, td").AllInnerTextsAsync(),
            Is.EqualTo(new[] { "Tailspin upgrade", "No touch for 14+ days", "$30,000.00", "–", "55", "Never" }));
        var opened = await Page.EvaluateAsync<string>("JSON.stringify(window.__openedForms)");
        Assert.That(opened, Is.EqualTo("""[{"entityName":"opportunity","entityId":"0d000000-0000-4000-8000-000000000011"}]"""));
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Northwind rollout" }).GetAttributeAsync("href"),
            Is.EqualTo("http://crmspm.test/main.aspx?pagetype=entityrecord&etn=opportunity&id=0d000000-0000-4000-8000-000000000011"));
        await SaveScreenshotAsync("drill-down");
    }

    [Test]
    public async Task ExportCsv_Should_DownloadTheTeamTableWithInvariantNumbers()
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export team" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        // Assert: the fixture's values written as they are, rows in the server's order, a BOM for Excel.
        Assert.That(download.SuggestedFilename, Is.EqualTo("crmspm-team-scorecard-2026-11.csv"));
        Assert.That(csv, Is.EqualTo(
            "\ufeffRep,Period,Adoption,Behaviour,Win rate,Quota,Pipeline coverage,Needed coverage,Tier,Adoption trend,Revenue gain if coached,Coach on\r\n" +
            "Carl Ito,2026-11,70,60,0.25,0.8,2.8,4,B,1,125000,Contacts engaged per deal\r\n" +
            "Bea Novak,2026-11,61,52,0.22,0.64,2.1,4.5,B,-3,48000,Days between touches at Propose\r\n" +
            "Alex Wu,2026-11,82.5,76,0.31,0.92,3.4,3.2,A,4.5,0,\r\n"));
    }

    [Test]
    public async Task ExportCsv_WithFormulaOrQuotesInText_Should_NeutraliseAndQuoteThem()
    {
        // Arrange
        var scorecards = Fixtures.Load("team-scorecards.json");
        var alex = scorecards["value"]![2]!.AsObject();
        alex["_crmspm_repid_value@OData.Community.Display.V1.FormattedValue"] = "=HYPERLINK(\"http://evil.test\",\"x\")";
        alex["crmspm_largestgap"] = "Say \"hi\", then\nfollow up";
        await OpenAsync(Api(scorecards));

        // Act
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export team" }).ClickAsync());
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
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Export team" }).CountAsync(), Is.Zero);
    }

    [Test]
    public async Task Scorecard_WithoutTheManagerRole_Should_SayWhichRoleToAskFor()
    {
        // Arrange
        var api = new FakeWebApi().Fail("GET", "crmspm_scorecards", 403, "0x80040220",
            "Principal user is missing prvReadcrmspm_scorecard privilege.");

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(await Page.Locator(".message-bar-body > p").InnerTextAsync(),
            Is.EqualTo("You need the CrmSpm Manager security role to see this — ask your administrator."));
        Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task Scorecard_WithScriptInEveryRenderedColumn_Should_ShowTheTextAndRunNothing()
    {
        // Arrange
        var scorecards = Fixtures.Load("team-scorecards.json");
        var bea = scorecards["value"]![1]!.AsObject();
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
        Assert.That(await Page.Locator("main").TextContentAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Svg).And.Contain(Hostile.Script));
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
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).First.ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();

        // Assert
        Assert.That(await Page.EvaluateAsync<string>(Hostile.NothingRanScript), Is.EqualTo(Hostile.NothingRan));
        Assert.That(await Page.Locator(".drill-down").InnerTextAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Script));
    }

    [TestCase(WideWidth, "light")]
    [TestCase(NarrowWidth, "dark")]
    [TestCase(PhoneWidth, "light")]
    public async Task Scorecard_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Act
        await OpenPageAsync(PagePath, new XrmScenario("systemuser", string.Empty) { Theme = theme == "dark" ? "dark" : "default" }, Api(), width);
        await WaitForRenderAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).First.ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }
}
