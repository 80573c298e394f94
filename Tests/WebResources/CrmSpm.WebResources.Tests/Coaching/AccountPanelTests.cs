using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>The account panel: engagement across the account's open deals and the open tips on them.</summary>
public sealed class AccountPanelTests : BrowserTestBase
{
    private const string PanelPath = "crmspm_/coaching/account.html";
    private const string FormId = "{0A0C0C00-0000-4000-8000-0000000000F1}";

    private static XrmScenario Scenario(JsonObject? record = null) =>
        new XrmScenario("account", FormId).Answer("retrieveRecord", "account", record ?? Fixtures.Load("account-engagement.json"));

    [Test]
    public async Task AccountPanel_WithOpenDeals_Should_SummariseEngagement()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();

        // Assert: 3 open deals; the account's last touch 25 Nov 15:00 vs now 27 Nov 09:00 → "2 days ago";
        // contacts: main contacts …01, …02, …01 plus the renewal's touch log …03 and …02 → 3 distinct;
        // at risk: expansion (35 < 40) and renewal (85 → 72, a drop of 13) → 2.
        var figures = await Page.Locator(".engagement dd").AllInnerTextsAsync();
        Assert.That(figures, Is.EqualTo(new[] { "3", "2 days ago", "3", "2" }));
        Assert.That(await Page.Locator(".engagement dd").Nth(1).GetAttributeAsync("title"), Is.EqualTo("11/25/2026"));
        await SaveScreenshotAsync("light-wide");
    }

    [Test]
    public async Task AccountPanel_WithoutAnAccountLevelTouch_Should_UseTheLatestTouchOnItsDeals()
    {
        // Arrange: no account-level value; the deals were touched 20 Nov and 25 Nov 15:00 → 25 Nov, "2 days ago".
        var record = Fixtures.Load("account-engagement.json");
        record.Remove("crmspm_lasttouchon");
        record["opportunity_parent_account"]![1]!["crmspm_lasttouchon"] = "2026-11-26T10:00:00Z";

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert: with the renewal moved to 26 Nov 10:00, the latest deal touch is yesterday.
        Assert.That(await Page.Locator(".engagement dd").Nth(1).InnerTextAsync(), Is.EqualTo("yesterday"));
    }

    [Test]
    public async Task AccountPanel_ForAUserAheadOfUtc_Should_CountDaysInTheirTimeZone()
    {
        // Arrange: UTC+10. The last touch, 25 Nov 15:00 UTC, is 26 Nov 01:00 there; now, 27 Nov 09:00 UTC, is 27 Nov 19:00.
        var scenario = new XrmScenario("account", FormId) { TimeZoneOffsetMinutes = 600 }
            .Answer("retrieveRecord", "account", Fixtures.Load("account-engagement.json"));

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        var lastTouch = Page.Locator(".engagement dd").Nth(1);
        Assert.That(await lastTouch.InnerTextAsync(), Is.EqualTo("yesterday"));
        Assert.That(await lastTouch.GetAttributeAsync("title"), Is.EqualTo("11/26/2026"));
    }

    [Test]
    public async Task AccountPanel_ForAGermanUser_Should_FormatInGermanAndFallBackToEnglishText()
    {
        // Arrange: LCID 1031 is de-DE (two days ago is "vorgestern") with the German short date pattern; there is no
        // German string file yet, so labels stay English.
        var scenario = new XrmScenario("account", FormId) { LanguageId = 1031, ShortDatePattern = "dd.MM.yyyy", DateSeparator = "." }
            .Answer("retrieveRecord", "account", Fixtures.Load("account-engagement.json"));

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        var lastTouch = Page.Locator(".engagement dd").Nth(1);
        Assert.That(await lastTouch.InnerTextAsync(), Is.EqualTo("vorgestern"));
        Assert.That(await lastTouch.GetAttributeAsync("title"), Is.EqualTo("25.11.2026"));
        Assert.That(await Page.Locator(".engagement dt").First.InnerTextAsync(), Is.EqualTo("Open deals"));
        Assert.That(await Page.EvaluateAsync<string>("document.documentElement.lang"), Is.EqualTo("de-DE"));
    }

    [Test]
    public async Task AccountPanel_WithTips_Should_GroupThemUnderTheirDealsMostAtRiskFirst()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario(), NarrowWidth);
        await WaitForRenderAsync();

        // Assert: the pilot has no tips and is not listed; expansion (35) before renewal (72); High before Low.
        var dealTitles = await Page.Locator(".deal-title").AllTextContentsAsync();
        Assert.That(dealTitles, Is.EqualTo(new[] { "Fabrikam expansion Deal score: 35", "Fabrikam support renewal Deal score: 72" }));
        var expansionTips = Page.Locator("[data-deal-id='0d000000-0000-4000-8000-000000000001'] .tip-title");
        Assert.That(await expansionTips.AllInnerTextsAsync(), Is.EqualTo(new[] { "Touch this deal: no activity for 7 days", "Add a second contact" }));
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("3 open tips"));
    }

    [Test]
    public async Task AccountPanel_Render_Should_MakeOneWebApiCallWithNestedExpand()
    {
        // Act
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();
        var calls = await WebApiCallsAsync();

        // Assert
        Assert.That(calls, Has.Count.EqualTo(1));
        Assert.That((calls[0].Operation, calls[0].Entity, calls[0].Id), Is.EqualTo(("retrieveRecord", "account", "0a0c0c00-0000-4000-8000-0000000000f1")));
        Assert.That(calls[0].Options, Does.StartWith(
            "?$select=name,crmspm_lasttouchon&$expand=opportunity_parent_account($select=opportunityid,name,crmspm_dealscore," +
            "crmspm_previousdealscore,crmspm_lasttouchon,_parentcontactid_value,crmspm_touchlog;$filter=statecode eq 0;$expand=Opportunity_Tasks("));
    }

    [Test]
    public async Task Dismiss_OnAnAccountTip_Should_WriteTheSameBodyAsOnTheDeal()
    {
        // Arrange
        await OpenPanelAsync(PanelPath, Scenario());
        await WaitForRenderAsync();
        var tip = Page.Locator("[data-tip-id='a2000000-0000-4000-8000-000000000021']");

        // Act
        await tip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await tip.GetByLabel("Other", new() { Exact = true }).CheckAsync();
        await tip.GetByLabel("Anything to add? (needed for Other)").FillAsync("The CFO signs, already known");
        await tip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();
        await Page.Clock.FastForwardAsync(7_000);
        await Page.Locator("[data-tip-id='a2000000-0000-4000-8000-000000000021'][data-state='written']").WaitForAsync();

        // Assert
        var update = (await WebApiCallsAsync()).Single(call => call.Operation == "updateRecord");
        Assert.That((update.Entity, update.Id), Is.EqualTo(("task", "a2000000-0000-4000-8000-000000000021")));
        Assert.That(update.Data!.ToJsonString(), Is.EqualTo(
            """{"statecode":2,"statuscode":6,"crmspm_response":100000001,"crmspm_dismissreason":"The CFO signs, already known"}"""));
    }

    [Test]
    public async Task AccountPanel_WithoutOpenDeals_Should_SayNoOpenDealsAndNeverTouched()
    {
        // Arrange
        var record = Fixtures.Load("account-engagement.json");
        record["opportunity_parent_account"] = new JsonArray();
        record.Remove("crmspm_lasttouchon");

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".engagement dd").AllInnerTextsAsync(), Is.EqualTo(new[] { "0", "Never", "0", "0" }));
        Assert.That(await Page.Locator(".tips .state-empty").InnerTextAsync(), Is.EqualTo("No open deals on this account."));
    }

    [Test]
    public async Task AccountPanel_WhenTheRecordIsGone_Should_SaySoInPlainWordsWithTheServerTextFolded()
    {
        // Arrange
        var scenario = new XrmScenario("account", FormId).Fail("retrieveRecord", "account", -2147220969, "account With Id = 0a0c0c00 Does Not Exist");

        // Act
        await OpenPanelAsync(PanelPath, scenario);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".message-bar-body > p").InnerTextAsync(), Is.EqualTo("This record no longer exists or was moved. Reload the page."));
        Assert.That(await Page.Locator(".message-bar details").TextContentAsync(), Does.Contain("account With Id = 0a0c0c00 Does Not Exist"));
    }

    [Test]
    public async Task AccountPanel_WithScriptInEveryRenderedColumn_Should_ShowTheTextAndRunNothing()
    {
        // Arrange
        var record = Fixtures.Load("account-engagement.json");
        var deal = record["opportunity_parent_account"]![2]!.AsObject();
        deal["name"] = Hostile.Image;
        var tip = deal["Opportunity_Tasks"]![1]!.AsObject();
        tip["subject"] = Hostile.Svg;
        tip["description"] = Hostile.Script;
        tip["crmspm_benchmark"] = Hostile.Image;
        tip["crmspm_evidence"] = Hostile.EvidenceJson();
        tip["crmspm_severity@OData.Community.Display.V1.FormattedValue"] = Hostile.Image;

        // Act
        await OpenPanelAsync(PanelPath, Scenario(record));
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.EvaluateAsync<string>(Hostile.NothingRanScript), Is.EqualTo(Hostile.NothingRan));
        Assert.That(await Page.Locator("main").TextContentAsync(), Does.Contain(Hostile.Image).And.Contain(Hostile.Svg).And.Contain(Hostile.Script));
    }

    [TestCase(WideWidth, "light")]
    [TestCase(NarrowWidth, "dark")]
    [TestCase(PhoneWidth, "light")]
    public async Task AccountPanel_InEachThemeAndWidth_Should_HaveNoSeriousAccessibilityViolations(int width, string theme)
    {
        // Act
        var scenario = new XrmScenario("account", FormId) { Theme = theme == "dark" ? "dark" : "default" }
            .Answer("retrieveRecord", "account", Fixtures.Load("account-engagement.json"));
        await OpenPanelAsync(PanelPath, scenario, width);
        await WaitForRenderAsync();
        await SaveScreenshotAsync($"{theme}-{width}");

        // Assert
        await AssertNoSeriousAccessibilityViolationsAsync();
        await AssertFitsItsWidthAsync();
    }
}
