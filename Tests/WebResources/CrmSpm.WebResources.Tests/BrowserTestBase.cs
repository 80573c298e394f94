using CrmSpm.WebResources.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests;

/// <summary>
/// The one test base of this project: one headless Debian Chromium per test run, a fresh browser context per test,
/// the web resources served from disk, the fake Xrm injected before page scripts, and helpers to read what the page
/// did (Web API calls, render timing) and to keep screenshots.
/// </summary>
public abstract class BrowserTestBase
{
    /// <summary>A form section's width (a web resource in a one-third-width column).</summary>
    protected const int NarrowWidth = 420;

    /// <summary>A phone.</summary>
    protected const int PhoneWidth = 360;

    protected const int WideWidth = 1366;

    private IBrowserContext? context;
    private readonly List<string> pageErrors = [];

    protected IPage Page { get; private set; } = null!;

    /// <summary>Errors thrown by page scripts; a test that passes with any of them is failed in TearDown.</summary>
    protected IReadOnlyList<string> PageErrors => pageErrors;

    [SetUp]
    public async Task StartBrowserContextAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            TestEnvironment.Unavailable(
                $"No Chromium at {TestEnvironment.ChromiumPath}: install Debian's 'chromium' or set PLAYWRIGHT_CHROMIUM_PATH.");
        }

        ShippedBuild.EnsureBuilt();
        // One fixture instance runs all its tests: each test starts with no page errors of its own.
        pageErrors.Clear();
        await StartContextAsync("UTC");
    }

    /// <summary>
    /// Starts the test's browser context (a new one replaces the old) with the browser's own time zone set to
    /// <paramref name="timeZoneId"/> (IANA), as a user's machine in that zone has it.
    /// </summary>
    protected async Task StartContextAsync(string timeZoneId)
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        var shared = await SharedBrowser.GetAsync();
        context = await shared.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = WideWidth, Height = 900 },
            ColorScheme = ColorScheme.Light,
            Locale = "en-US",
            TimezoneId = timeZoneId,
            AcceptDownloads = true,
        });
        // Fail a step in 10 s rather than Playwright's 30 s: nothing here legitimately takes longer.
        context.SetDefaultTimeout(10_000);
        await StaticSite.InstallAsync(context);
        Page = await context.NewPageAsync();
        Page.PageError += (_, error) => pageErrors.Add(error);
        await Page.Clock.SetFixedTimeAsync(XrmScenario.Now);
    }

    [TearDown]
    public async Task CloseBrowserContextAsync()
    {
        if (context is null)
        {
            return;
        }

        var status = TestContext.CurrentContext.Result.Outcome.Status;
        if (status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await SaveScreenshotAsync("failure");
        }

        await context.CloseAsync();
        context = null;
        if (status == NUnit.Framework.Interfaces.TestStatus.Passed && pageErrors.Count > 0)
        {
            Assert.Fail("Page scripts threw: " + string.Join(Environment.NewLine, pageErrors));
        }
    }

    /// <summary>
    /// Opens a web resource page as the top-level document; the fake form hands it Xrm and formContext once the page's
    /// scripts have run, as the form's onLoad handler does through getContentWindow().
    /// </summary>
    protected async Task OpenPanelAsync(string webResourcePath, XrmScenario scenario, int width = WideWidth, ColorScheme? colorScheme = null)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = colorScheme ?? ColorScheme.Light });
        await Page.AddInitScriptAsync(scenario.ToInitScript(handOverOnLoad: true));
        await Page.AddInitScriptAsync(scriptPath: Path.Combine(RepositoryPaths.FakeXrm, "fake-xrm.js"));
        await Page.GotoAsync($"{StaticSite.Origin}/WebResources/{webResourcePath}");
    }

    /// <summary>
    /// Opens a page that lives outside a form (scorecard, admin): it reads GetGlobalContext() from
    /// ClientGlobalContext.js.aspx and calls the Web API with fetch, which <paramref name="webApi"/> answers.
    /// </summary>
    protected async Task OpenPageAsync(string webResourcePath, XrmScenario scenario, FakeWebApi webApi, int width = WideWidth, ColorScheme? colorScheme = null)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = colorScheme ?? ColorScheme.Light });
        await Page.AddInitScriptAsync(scenario.ToInitScript(handOverOnLoad: false));
        await webApi.InstallAsync(Page);
        await Page.GotoAsync($"{StaticSite.Origin}/WebResources/{webResourcePath}");
    }

    /// <summary>Waits until the page's main region has finished loading (aria-busy="false").</summary>
    protected Task WaitForRenderAsync() =>
        Page.Locator("main[aria-busy='false']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

    /// <summary>Every Web API call the page made so far, in order.</summary>
    protected async Task<IReadOnlyList<WebApiCall>> WebApiCallsAsync() =>
        WebApiCall.Parse(await Page.EvaluateAsync<string>("JSON.stringify(window.__fakeXrm.calls)"));

    /// <summary>The page's own measurement of its last render (window.crmspm.lastRender).</summary>
    protected async Task<(int Tips, double Milliseconds)> LastRenderAsync()
    {
        var tips = await Page.EvaluateAsync<int>("window.crmspm.lastRender.tips");
        var ms = await Page.EvaluateAsync<double>("window.crmspm.lastRender.ms");
        return (tips, ms);
    }

    /// <summary>Saves a full-page screenshot under the test output and attaches it to the test result.</summary>
    protected async Task SaveScreenshotAsync(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var safeName = new string($"{TestContext.CurrentContext.Test.Name}-{name}"
            .Select(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' ? character : '_').ToArray());
        var file = Path.Combine(folder, safeName + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, name);
    }

    /// <summary>Fails when the page is wider than its viewport: in a narrow form column it must not scroll sideways.</summary>
    protected async Task AssertFitsItsWidthAsync()
    {
        var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page scrolls sideways; wide content must scroll inside its own region");
    }

    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, listing them.</summary>
    protected async Task AssertNoSeriousAccessibilityViolationsAsync()
    {
        AxeResult result = await Page.RunAxe();
        var serious = result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Impact} {violation.Id}: {violation.Help} at " +
                string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString())))
            .ToList();
        Assert.That(serious, Is.Empty, string.Join(Environment.NewLine, serious));
    }
}
