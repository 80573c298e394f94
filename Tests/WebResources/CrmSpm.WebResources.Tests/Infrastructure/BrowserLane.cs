using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// One browser context with one page, lent to one test at a time (<see cref="BrowserLanes"/>). Chromium spends one to
/// two CPU-seconds on each new context and page (new renderer processes), two to three times what a navigation in a page
/// it already has costs, so tests reuse pages. What one test sets up must not reach the next: its fake Xrm and
/// scenario are scripts this lane serves first in each page's head (not init scripts, which a page keeps for good),
/// and <see cref="ResetAsync"/> removes the test's routes and leaves its document for an empty one.
/// </summary>
public sealed class BrowserLane
{
    private const int WideWidth = 1366;
    private const int Height = 900;
    private volatile string[] initScripts = [];

    private BrowserLane(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The scripts each HTML page served to this lane runs before its own, in order.</summary>
    public IReadOnlyList<string> InitScripts => initScripts;

    /// <summary>A context with the suite's options (en-US, light, 1366 × 900, the browser in <paramref name="timeZoneId"/>) and its page.</summary>
    public static async Task<BrowserLane> OpenAsync(string timeZoneId)
    {
        var browser = await SharedBrowser.GetAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = WideWidth, Height = Height },
            ColorScheme = ColorScheme.Light,
            Locale = "en-US",
            TimezoneId = timeZoneId,
            AcceptDownloads = true,
        });
        // Fail a step in 10 s rather than Playwright's 30 s: nothing here legitimately takes longer, except loading a
        // page (a script, a stylesheet and the fake Xrm) while the box runs other builds, so navigations keep 30 s.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        var lane = new BrowserLane(context, page);
        await StaticSite.InstallAsync(context, lane);
        // Leaving a page with unsaved changes asks first; between tests the answer is always "leave".
        // Any other dialog is dismissed, as Playwright does when nobody listens.
        page.Dialog += (_, dialog) => _ = dialog.Type == "beforeunload" ? dialog.AcceptAsync() : dialog.DismissAsync();
        return lane;
    }

    /// <summary>Runs <paramref name="script"/> before the scripts of every page this lane loads until <see cref="ResetAsync"/>.</summary>
    public void AddInitScript(string script) => initScripts = [.. initScripts, script];

    /// <summary>Prepares the page for a test: the suite's viewport, light colour scheme and pinned clock.</summary>
    public async Task StartTestAsync(DateTime now)
    {
        await Page.SetViewportSizeAsync(WideWidth, Height);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await Page.Clock.SetFixedTimeAsync(now);
    }

    /// <summary>Forgets the test: its routes and scripts go, and its document is left for an empty one on the same site.</summary>
    public async Task ResetAsync()
    {
        await Page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.IgnoreErrors });
        initScripts = [];
        await Page.GotoAsync(StaticSite.BlankPage);
    }

    public Task CloseAsync() => Context.CloseAsync();
}
