extern alias plugins;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Tests.Serve;

/// <summary>
/// <c>crmspm demo --serve</c> end to end in headless Chromium (Debian's <c>/usr/bin/chromium</c> or
/// PLAYWRIGHT_CHROMIUM_PATH): the shipped coaching panel, through the Xrm shim and the local Web API, over a replayed
/// org; a dismissal reaches the org through the plugins' pipeline.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class DemoServeBrowserTests
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail("Chromium is required on CI: " + chromium);
            }

            Assert.Ignore("Chromium is not installed at " + chromium);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (browser != null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await ServedDemo.StopAsync();
    }

    [Test]
    public async Task CoachingPanel_DismissingATip_Should_CancelTheTaskInTheOrgWithTheReason()
    {
        // Arrange: the printed coaching link signs the browser in as the deal's owner.
        var (org, links, server) = await ServedDemo.GetAsync();
        var page = await browser!.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, links.Pages()[0].Url).ToString());
        var panel = page.FrameLocator("#WebResource_crmspm_coaching");
        var tip = panel.Locator(".tip[data-state='open']").First;
        await tip.WaitForAsync();
        var taskId = Guid.Parse((await tip.GetAttributeAsync("data-tip-id"))!);
        var subject = org.Organization.SystemService.Retrieve(ActivityColumns.Task, taskId, new ColumnSet(ActivityColumns.Subject)).GetAttributeValue<string>(ActivityColumns.Subject);

        // Act: dismiss with a preset reason; the panel writes once its undo window has passed.
        Assert.That(await tip.InnerTextAsync(), Does.Contain(subject.Split(':')[0]), "the tip shows the task's title");
        await tip.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();
        await tip.GetByLabel("Not relevant to this deal").CheckAsync();
        await tip.GetByRole(AriaRole.Button, new() { Name = "Dismiss tip" }).ClickAsync();
        var task = await WaitForStateAsync(org.Organization, taskId, expectedState: 2);

        // Assert: canceled (2) / status 6, response Dismissed (100000001) and the preset's English text.
        Assert.That(task.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(ActivityColumns.StatusCode).Value, Is.EqualTo(6));
        Assert.That(task.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(CoachingTipColumns.Response).Value, Is.EqualTo(100000001));
        Assert.That(task.GetAttributeValue<string>(CoachingTipColumns.DismissReason), Is.EqualTo("Not relevant to this deal"));
    }

    [Test]
    public async Task CoachingPanel_Should_ShowTheDealsScoreAndItsOpenTipsFromTheOrg()
    {
        // Arrange
        var (org, links, server) = await ServedDemo.GetAsync();
        var deal = org.Organization.SystemService.Retrieve(OpportunityColumns.EntityName, links.Deal, new ColumnSet(OpportunityColumns.DealScore));
        var page = await browser!.NewPageAsync();

        // Act
        await page.GotoAsync(new Uri(server.Address, links.Pages()[0].Url).ToString());
        var panel = page.FrameLocator("#WebResource_crmspm_coaching");
        await panel.Locator(".tip").First.WaitForAsync();

        // Assert: the score read from the row, out of 100, and the form's title from the deal's name.
        Assert.That(await panel.Locator(".score-value").InnerTextAsync(), Does.StartWith(deal.GetAttributeValue<int>(OpportunityColumns.DealScore) + "/100"));
        Assert.That(await page.Locator("#title").InnerTextAsync(), Is.EqualTo(links.DealName));
    }

    [Test]
    public async Task ServedPages_Should_SeeTheOrgsNowAsTheBrowsersToday()
    {
        // Arrange: the demo org lives on 2026-11-15 (noon UTC), whatever today is.
        var (org, links, server) = await ServedDemo.GetAsync();
        var page = await browser!.NewPageAsync();

        // Act: the form page and the shipped coaching panel inside it, each asked for "now".
        await page.GotoAsync(new Uri(server.Address, links.Pages()[0].Url).ToString());
        await page.FrameLocator("#WebResource_crmspm_coaching").Locator(".tip").First.WaitForAsync();
        var panel = page.Frames.Single(f => f.Url.Contains("/coaching/", StringComparison.Ordinal));
        const string Today = "() => [new Date().toISOString().slice(0, 10), new Date(Date.now()).toISOString().slice(0, 10)].join(' ')";

        // Assert
        var expected = org.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(expected, Is.EqualTo("2026-11-15"));
        Assert.That(await page.EvaluateAsync<string>(Today), Is.EqualTo(expected + " " + expected));
        Assert.That(await panel.EvaluateAsync<string>(Today), Is.EqualTo(expected + " " + expected));
    }

    private static async Task<Microsoft.Xrm.Sdk.Entity> WaitForStateAsync(CrmSpm.EmbeddedOrg.EmbeddedOrganization org, Guid taskId, int expectedState)
    {
        // The panel's undo window is 6 s (coaching/tipActions.js); poll the org for up to 30 s on a loaded machine.
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var task = org.SystemService.Retrieve(ActivityColumns.Task, taskId, new ColumnSet(true));
            if (task.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(ActivityColumns.StateCode).Value == expectedState)
            {
                return task;
            }

            await Task.Delay(250);
        }

        Assert.Fail("The task's state did not change in the org.");
        return null!;
    }
}
