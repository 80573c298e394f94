using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Scorecard;

/// <summary>What a manager does on the scorecard: sort, pick a period, export, read it in a narrow column.</summary>
public sealed class ScorecardInteractionTests : BrowserTestBase
{
    private const string BeaId = ManagerScorecardTests.BeaId;

    private static FakeWebApi Api() => ManagerScorecardTests.Api();

    private async Task OpenAsync(FakeWebApi api, int width = WideWidth)
    {
        await OpenPageAsync(ManagerScorecardTests.PagePath, new XrmScenario("systemuser", string.Empty), api, width);
        await WaitForRenderAsync();
    }

    [Test]
    public async Task Sorting_ByAColumnHeader_Should_OrderByItAndReverseOnASecondClick()
    {
        // Arrange
        await OpenAsync(Api());
        var adoption = Page.Locator(".team-table thead th[data-sort='adoption']");

        // Act + Assert: first click, highest first (Alex 82.5, Carl 70, Bea 61); second click, lowest first.
        await adoption.GetByRole(AriaRole.Button).ClickAsync();
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Alex Wu", "Carl Ito", "Bea Novak" }));
        Assert.That(await adoption.GetAttributeAsync("aria-sort"), Is.EqualTo("descending"));
        await adoption.GetByRole(AriaRole.Button).ClickAsync();
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Bea Novak", "Carl Ito", "Alex Wu" }));
        Assert.That(await adoption.GetAttributeAsync("aria-sort"), Is.EqualTo("ascending"));
        await Page.Locator(".team-table thead th[data-sort='rep'] button").ClickAsync();
        Assert.That(await Page.Locator(".team-table tbody th").AllInnerTextsAsync(), Is.EqualTo(new[] { "Alex Wu", "Bea Novak", "Carl Ito" }));
    }

    [Test]
    public async Task Sparklines_Should_ShareOneZeroTo100Scale()
    {
        // Act
        await OpenAsync(Api());

        // Assert: 24 px high, 2 px padding: y = 22 − value / 100 × 20; Bea's 66, 64, 61 over 80 px.
        Assert.That(await Page.Locator($"tr[data-rep-id='{BeaId}'] svg.sparkline polyline").GetAttributeAsync("points"),
            Is.EqualTo("2.0,8.8 40.0,9.2 78.0,9.8"));
        Assert.That(await Page.Locator($"tr[data-rep-id='{BeaId}'] svg.sparkline").GetAttributeAsync("aria-label"),
            Is.EqualTo("Adoption over the last periods: 66, 64, 61"));
    }

    [Test]
    public async Task PeriodPicker_Should_OfferThisAndPreviousPeriodsAndLoadTheChosenOne()
    {
        // Arrange
        var api = Api();
        await OpenAsync(api);

        // Act
        var options = await Page.Locator("#period option").AllInnerTextsAsync();
        await Page.Locator("#period").SelectOptionAsync("2026-10");
        await WaitForRenderAsync();

        // Assert
        Assert.That(options, Is.EqualTo(new[] { "2026-11", "2026-10", "2026-09", "2026-08", "2026-07", "2026-06" }));
        Assert.That(api.Requests, Has.Count.EqualTo(2));
        Assert.That(api.Requests[1].Url, Does.Contain("<condition attribute=\"crmspm_period\" operator=\"eq\" value=\"2026-10\"/>"));
        Assert.That(await Page.Locator("#period").InputValueAsync(), Is.EqualTo("2026-10"));
    }

    [Test]
    public async Task ExportQueueAndDeals_Should_DownloadThemWithInvariantNumbers()
    {
        // Arrange
        await OpenAsync(Api());

        // Act
        var queue = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export queue" }).ClickAsync());
        var queueCsv = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await queue.PathAsync()));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).First.ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();
        var deals = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export deals" }).ClickAsync());
        var dealsCsv = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await deals.PathAsync()));

        // Assert
        Assert.That(queue.SuggestedFilename, Is.EqualTo("crmspm-coaching-queue-2026-11.csv"));
        Assert.That(queueCsv, Is.EqualTo("\ufeffRank,Rep,Period,Revenue gain if coached,Coach on\r\n" +
            "1,Carl Ito,2026-11,125000,Contacts engaged per deal\r\n2,Bea Novak,2026-11,48000,Days between touches at Propose\r\n"));
        Assert.That(dealsCsv, Is.EqualTo("\ufeffRep,Deal,Value,Close date,Deal score,Close date moved,Why flagged\r\n" +
            "Bea Novak,Northwind rollout,90000,2026-12-15,22,3,Score below 40; Close date moved 3 times; No touch for 14+ days\r\n" +
            "Bea Novak,Tailspin upgrade,30000,,55,0,No touch for 14+ days\r\n"));
    }

    [Test]
    public async Task Scorecard_AtFormSectionWidth_Should_KeepTheRepColumnWhileMetricsScrollWithAHint()
    {
        // Arrange
        await OpenAsync(Api(), NarrowWidth);
        var region = Page.Locator(".team-wrap .table-scroll");

        // Act
        var before = await Page.Locator(".team-table tbody th").First.EvaluateAsync<double>("n => n.getBoundingClientRect().left");
        await region.EvaluateAsync("n => { n.scrollLeft = 300; }");
        var after = await Page.Locator(".team-table tbody th").First.EvaluateAsync<double>("n => n.getBoundingClientRect().left");

        // Assert
        Assert.That(await Page.Locator(".scroll-hint").IsVisibleAsync(), Is.True);
        Assert.That(await Page.Locator(".scroll-hint").InnerTextAsync(), Is.EqualTo("Scroll sideways for more columns →"));
        Assert.That(await region.EvaluateAsync<bool>("n => n.scrollLeft > 0"), Is.True, "the metrics scroll");
        Assert.That(after, Is.EqualTo(before).Within(1), "the rep column stays put");
        await AssertFitsItsWidthAsync();
        await SaveScreenshotAsync("light-narrow");
    }
}
