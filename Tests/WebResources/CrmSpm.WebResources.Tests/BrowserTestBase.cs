using CrmSpm.WebResources.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests;

/// <summary>
/// The one test base of this project: one headless Debian Chromium per test run, a page per test lent from a pool
/// (<see cref="BrowserLanes"/>) and reset between tests, the web resources served from disk, the fake Xrm run before
/// page scripts, and helpers to read what the page did (Web API calls, render timing) and to keep screenshots.
/// </summary>
public abstract class BrowserTestBase
{
    /// <summary>A form section's width (a web resource in a one-third-width column).</summary>
    protected const int NarrowWidth = 420;

    /// <summary>A phone.</summary>
    protected const int PhoneWidth = 360;

    protected const int WideWidth = 1366;

    private const string FailureScreenshot = "failure";

    /// <summary>The fake Xrm (FakeXrm/fake-xrm.js), for <see cref="AddInitScript"/>.</summary>
    protected static string FakeXrmScript { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.FakeXrm, "fake-xrm.js"));

    private BrowserLane? lane;
    private bool ownLane;
    private readonly List<string> pageErrors = [];

    protected IPage Page => lane?.Page ?? throw new InvalidOperationException("The test has no page (it was skipped).");

    /// <summary>Errors thrown by page scripts; a test that passes with any of them is failed in TearDown.</summary>
    protected IReadOnlyList<string> PageErrors => pageErrors;

    [SetUp]
    public async Task StartPageAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            TestEnvironment.Unavailable(
                $"No Chromium at {TestEnvironment.ChromiumPath}: install Debian's 'chromium' or set PLAYWRIGHT_CHROMIUM_PATH.");
        }

        ShippedBuild.EnsureBuilt();
        await UseLaneAsync(await BrowserLanes.RentAsync(), own: false);
    }

    /// <summary>
    /// Moves the test to a browser of its own (not a shared lane) whose time zone is <paramref name="timeZoneId"/>
    /// (IANA), as a user's machine in that zone has it. Call it first: the page starts over.
    /// </summary>
    protected async Task StartContextAsync(string timeZoneId)
    {
        await ReleaseLaneAsync(passed: true);
        await UseLaneAsync(await BrowserLane.OpenAsync(timeZoneId), own: true);
    }

    /// <summary>Runs <paramref name="script"/> in every page the test opens, before the page's own scripts.</summary>
    protected void AddInitScript(string script) =>
        (lane ?? throw new InvalidOperationException("No page yet.")).AddInitScript(script);

    private async Task UseLaneAsync(BrowserLane browserLane, bool own)
    {
        lane = browserLane;
        ownLane = own;
        pageErrors.Clear();
        lane.Page.PageError += RecordPageError;
        await lane.StartTestAsync(XrmScenario.Now);
    }

    private void RecordPageError(object? sender, string error) => pageErrors.Add(error);

    /// <summary>A shared lane whose test passed goes back, reset; a failed test's lane, or a test's own, is closed.</summary>
    private async Task ReleaseLaneAsync(bool passed)
    {
        if (lane is null)
        {
            return;
        }

        var released = lane;
        lane = null;
        released.Page.PageError -= RecordPageError;
        if (passed && !ownLane)
        {
            try
            {
                await released.ResetAsync();
                BrowserLanes.Return(released);
                return;
            }
            catch (PlaywrightException)
            {
                // A page that cannot be reset is not lent again.
            }
        }

        await released.CloseAsync();
    }

    [TearDown]
    public async Task ReleasePageAsync()
    {
        if (lane is null)
        {
            return;
        }

        var status = TestContext.CurrentContext.Result.Outcome.Status;
        if (status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await SaveScreenshotAsync(FailureScreenshot);
        }

        await ReleaseLaneAsync(passed: status == NUnit.Framework.Interfaces.TestStatus.Passed);
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
        AddInitScript(scenario.ToInitScript(handOverOnLoad: true));
        AddInitScript(FakeXrmScript);
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
        AddInitScript(scenario.ToInitScript(handOverOnLoad: false));
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

    /// <summary>
    /// Saves a full-page screenshot under the test output and attaches it to the test result: always for a failed
    /// test, otherwise only with CRMSPM_SCREENSHOTS=1 (a full-page capture costs Chromium about a CPU-second).
    /// </summary>
    protected async Task SaveScreenshotAsync(string name)
    {
        if (name != FailureScreenshot && !TestEnvironment.KeepScreenshots)
        {
            return;
        }

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
