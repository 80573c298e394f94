using CrmSpm.WebResources.Tests.Coaching;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Docs;

/// <summary>
/// Regenerates the screenshots in docs/images from the browser-test fixtures (light theme, at a form section's 420 px
/// and a full 1366 px tab). Explicit: never part of a normal run. Command (docs/web-resources.md):
/// <c>dotnet test Tests/WebResources/CrmSpm.WebResources.Tests --filter TestCategory=DocScreenshots</c>
/// </summary>
[Explicit("Writes docs/images; run on purpose with --filter TestCategory=DocScreenshots")]
[Category("DocScreenshots")]
public sealed class DocScreenshots : BrowserTestBase
{
    private static string Images => Path.GetFullPath(Path.Combine(RepositoryPaths.WebResources, "..", "docs", "images"));

    [TestCase(NarrowWidth)]
    [TestCase(WideWidth)]
    public async Task OpportunityPanel(int width)
    {
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(), width);
        await WaitForRenderAsync();
        await ShootAsync($"opportunity-panel-{width}");
    }

    [TestCase(NarrowWidth)]
    [TestCase(WideWidth)]
    public async Task AccountPanel(int width)
    {
        await OpenPanelAsync("crmspm_/coaching/account.html", new XrmScenario("account", "{0A0C0C00-0000-4000-8000-0000000000F1}")
            .Answer("retrieveRecord", "account", Fixtures.Load("account-engagement.json")), width);
        await WaitForRenderAsync();
        await ShootAsync($"account-panel-{width}");
    }

    [TestCase(NarrowWidth)]
    [TestCase(WideWidth)]
    public async Task ManagerScorecard(int width)
    {
        var api = new FakeWebApi()
            .Get("crmspm_scorecards?fetchXml=", Fixtures.Load("team-scorecards.json"))
            .Get("opportunities?", Fixtures.Load("rep-deals.json"));
        await OpenPageAsync("crmspm_/scorecard/manager.html", new XrmScenario("systemuser", string.Empty), api, width);
        await WaitForRenderAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deals needing attention: Bea Novak" }).First.ClickAsync();
        await Page.Locator(".drill-down [aria-busy='false']").WaitForAsync();
        await ShootAsync($"manager-scorecard-{width}");
    }

    [TestCase(NarrowWidth)]
    [TestCase(WideWidth)]
    public async Task AdminProfile(int width)
    {
        var api = new FakeWebApi().Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"))
            .Get("crmspm_pluginhealths?", Admin.PluginHealthSectionTests.Rows());
        await OpenPageAsync("crmspm_/admin/profile.html", new XrmScenario("crmspm_scoringprofile", string.Empty), api, width);
        await WaitForRenderAsync();
        await ShootAsync($"admin-profile-{width}");
    }

    private async Task ShootAsync(string name)
    {
        Directory.CreateDirectory(Images);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Images, name + ".png"), FullPage = true });
    }
}
