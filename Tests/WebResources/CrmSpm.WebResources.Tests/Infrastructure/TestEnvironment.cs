namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// What the machine offers the tests. Locally a missing Chromium or node_modules skips with a message;
/// with CI=true the same gap fails the run, so CI can never pass by skipping.
/// </summary>
public static class TestEnvironment
{
    private const string DefaultChromium = "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>PLAYWRIGHT_CHROMIUM_PATH when set, otherwise Debian's Chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_PATH") is { Length: > 0 } overridden ? overridden : DefaultChromium;

    /// <summary>CRMSPM_SCREENSHOTS=1 keeps the screenshots tests take of passing pages (failures always get one).</summary>
    public static bool KeepScreenshots => Environment.GetEnvironmentVariable("CRMSPM_SCREENSHOTS") == "1";

    /// <summary>Skips (locally) or fails (CI) the current test with <paramref name="message"/>.</summary>
    public static void Unavailable(string message)
    {
        if (IsCi)
        {
            Assert.Fail($"{message} (CI=true: required, not skipped)");
        }

        Assert.Ignore(message);
    }
}
