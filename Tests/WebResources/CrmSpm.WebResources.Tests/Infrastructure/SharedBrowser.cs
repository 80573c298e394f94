using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>One Chromium for the whole test run: launching costs about a second, a context per test is cheap.</summary>
public static class SharedBrowser
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = TestEnvironment.ChromiumPath,
                Args = ChromiumArgs,
                Headless = true,
            });
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task CloseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (browser is not null)
            {
                await browser.CloseAsync();
                browser = null;
            }

            playwright?.Dispose();
            playwright = null;
        }
        finally
        {
            Gate.Release();
        }
    }
}
