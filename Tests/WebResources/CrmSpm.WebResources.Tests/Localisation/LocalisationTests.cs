using CrmSpm.WebResources.Tests.Coaching;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Localisation;

/// <summary>
/// Text per language, numbers and dates through the user's Dynamics settings (userSettings.dateFormattingInfo and
/// time zone), and date-only values that no time zone shifts.
/// https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-utility/getglobalcontext/usersettings
/// </summary>
public sealed class LocalisationTests : BrowserTestBase
{
    private const string AccountPath = "crmspm_/coaching/account.html";
    private const string AccountId = "{0A0C0C00-0000-4000-8000-0000000000F1}";

    [Test]
    public async Task FrenchUser_Should_SeeFrenchTextPluralsAndTheirDatePattern()
    {
        // Arrange: LCID 1036 with the French short date pattern.
        var scenario = new XrmScenario("opportunity", OpportunityPanelTests.FormId) { LanguageId = 1036, ShortDatePattern = "dd/MM/yyyy" }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));

        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, scenario, NarrowWidth);
        await WaitForRenderAsync();
        var stale = Page.Locator($"[data-tip-id='{OpportunityPanelTests.StaleTipId}']");

        // Assert
        Assert.That(await Page.Locator("#tips-title").InnerTextAsync(), Is.EqualTo("CONSEILS"), "shown in capitals by the block title style");
        Assert.That(await Page.Locator(".tip-count").InnerTextAsync(), Is.EqualTo("5 conseils ouverts"));
        Assert.That(await stale.Locator(".tip-compare").InnerTextAsync(), Is.EqualTo("Vous : 16 days · Meilleurs vendeurs : 4 days"));
        Assert.That(await stale.Locator(".tip-meta span").First.InnerTextAsync(), Is.EqualTo("Échéance 28/11/2026"));
        Assert.That(await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Afficher 2 conseils de plus" }).IsVisibleAsync(), Is.True);
        Assert.That(await Page.EvaluateAsync<string>("document.documentElement.lang"), Is.EqualTo("fr-FR"));
        await SaveScreenshotAsync("french");
    }

    [Test]
    public async Task EveryLanguageFile_Should_HaveEnglishsKeysAndPluralForms()
    {
        // Arrange
        await Page.GotoAsync($"{StaticSite.Origin}/WebResources/crmspm_/coaching/opportunity.html");

        // Act: the source tables, compared key by key (a string, or an object of plural forms with "other").
        var problems = await Page.EvaluateAsync<string[]>(
            """
            async () => {
              const en = (await import("/source/crmspm_/strings/en.js")).default;
              const problems = [];
              for (const language of ["fr"]) {
                const table = (await import(`/source/crmspm_/strings/${language}.js`)).default;
                for (const key of Object.keys(en)) {
                  const shape = (value) => typeof value === "string" ? "text" : value && typeof value.other === "string" ? "plural" : "missing";
                  if (shape(table[key]) !== shape(en[key])) problems.push(`${language}.${key}: ${shape(table[key])}, English has ${shape(en[key])}`);
                }
                for (const key of Object.keys(table)) if (!(key in en)) problems.push(`${language}.${key}: not an English key`);
              }
              return problems;
            }
            """);

        // Assert
        Assert.That(problems, Is.Empty);
    }

    [TestCase("America/Los_Angeles", -480)]
    [TestCase("Pacific/Auckland", 780)]
    [TestCase("UTC", 0)]
    public async Task DueDate_StoredAtUtcMidnight_Should_ShowTheSameDayInEveryTimeZone(string timeZone, int offsetMinutes)
    {
        // Arrange: the plugins write a tip's due date as the day at 00:00 UTC; 28 Nov is 27 Nov 16:00 in Los Angeles.
        await StartContextAsync(timeZone);
        var scenario = new XrmScenario("opportunity", OpportunityPanelTests.FormId) { TimeZoneOffsetMinutes = offsetMinutes }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));

        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, scenario, NarrowWidth);
        await WaitForRenderAsync();

        // Assert
        var due = Page.Locator($"[data-tip-id='{OpportunityPanelTests.StaleTipId}'] .tip-meta span").First;
        Assert.That(await due.InnerTextAsync(), Is.EqualTo("Due 11/28/2026"));
    }

    [Test]
    public async Task DateTime_InSummer_Should_UseTheUsersSummerOffsetNotTodays()
    {
        // Arrange: a New York user in November is at UTC−5 (getTimeZoneOffsetMinutes −300); on 1 July 04:30 UTC New York
        // is on daylight time (UTC−4), so it was 00:30 on 1 July there, not 23:30 on 30 June.
        await StartContextAsync("America/New_York");
        var record = Fixtures.Load("account-engagement.json");
        record["crmspm_lasttouchon"] = "2026-07-01T04:30:00Z";
        var scenario = new XrmScenario("account", AccountId) { TimeZoneOffsetMinutes = -300 }
            .Answer("retrieveRecord", "account", record);

        // Act
        await OpenPanelAsync(AccountPath, scenario);
        await WaitForRenderAsync();

        // Assert
        Assert.That(await Page.Locator(".engagement dd").Nth(1).GetAttributeAsync("title"), Is.EqualTo("7/1/2026"));
    }

    [Test]
    public async Task NoDateFormattingInfo_Should_FallBackToTheLanguagesMediumDate()
    {
        // Arrange
        var scenario = new XrmScenario("opportunity", OpportunityPanelTests.FormId) { ShortDatePattern = null }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json"));

        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, scenario, NarrowWidth);
        await WaitForRenderAsync();

        // Assert
        var due = Page.Locator($"[data-tip-id='{OpportunityPanelTests.StaleTipId}'] .tip-meta span").First;
        Assert.That(await due.InnerTextAsync(), Is.EqualTo("Due Nov 28, 2026"));
    }
}
