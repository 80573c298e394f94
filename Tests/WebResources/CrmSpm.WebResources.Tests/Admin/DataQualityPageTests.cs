using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>
/// The data quality page (crmspm_/admin/dataQuality.html, linked from the admin page): the data issues the nightly
/// recompute stored on the org-level model-state row (crmspm_dataissuesjson, docs/plugins.md "Data issues").
/// </summary>
public sealed class DataQualityPageTests : BrowserTestBase
{
    private const string PagePath = "crmspm_/admin/dataQuality.html";

    private const string Query = "crmspm_modelstates?$select=crmspm_asof,crmspm_dataissuesjson&$filter=crmspm_teamkey eq 'org-standing'&$top=1";

    private static JsonObject Row(string? issuesJson) => new()
    {
        ["value"] = new JsonArray(new JsonObject { ["crmspm_asof"] = "2026-11-27T02:00:00Z", ["crmspm_dataissuesjson"] = issuesJson }),
    };

    private async Task OpenAsync(FakeWebApi api, XrmScenario? scenario = null)
    {
        await OpenPageAsync(PagePath, scenario ?? new XrmScenario("crmspm_modelstate", string.Empty), api);
        await Page.Locator("#panel[aria-busy='false']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
    }

    [Test]
    public async Task DataQuality_WithIssues_Should_ListEachRecordItsProblemAndCountInTheStoredOrder()
    {
        // Arrange: an org-wide gap, a deal reported twice, a rep once (the recompute's order: org first, most frequent next).
        var api = new FakeWebApi().Get("crmspm_modelstates?", Row(
            "{\"total\":4,\"listed\":4,\"issues\":["
            + "{\"code\":\"capture-health\",\"recordType\":\"org\",\"problem\":\"12 of 40 reps logged no calls or emails in 30 days.\",\"count\":1},"
            + "{\"code\":\"duplicate-id\",\"recordType\":\"opportunity\",\"recordId\":\"d1\",\"problem\":\"Duplicate opportunity id; one record was kept.\",\"count\":2},"
            + "{\"code\":\"implausible-date\",\"recordType\":\"rep\",\"recordId\":\"r1\",\"problem\":\"Start date after the scoring date; ignored.\",\"count\":1}]}"));

        // Act
        await OpenAsync(api);

        // Assert: one call; three lines in order; "2 times" only where the count is above one; no warning (nothing cut).
        Assert.That(api.Requests.Select(request => request.Url), Is.EqualTo(new[] { Query }));
        Assert.That(await Page.Locator("h1").InnerTextAsync(), Is.EqualTo("Data quality"));
        Assert.That(await Page.Locator("#panel > p.muted").First.InnerTextAsync(), Is.EqualTo("From the nightly recompute of 11/27/2026 (today)."));
        var issues = Page.Locator(".issue");
        Assert.That(await issues.EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.code)"),
            Is.EqualTo(new[] { "capture-health", "duplicate-id", "implausible-date" }));
        Assert.That(await issues.Nth(0).Locator(".health-head").InnerTextAsync(), Is.EqualTo("Whole organization"));
        Assert.That(await issues.Nth(1).Locator(".health-head").InnerTextAsync(), Does.StartWith("Opportunity").And.Contain("d1").And.EndWith("2 times"));
        Assert.That(await issues.Nth(1).Locator("p").InnerTextAsync(), Is.EqualTo("Duplicate opportunity id; one record was kept."));
        Assert.That(await issues.Nth(2).Locator(".health-head").InnerTextAsync(), Does.StartWith("Rep").And.Not.Contain("time"));
        Assert.That(await Page.Locator(".message-bar-warning").CountAsync(), Is.EqualTo(0));
        await SaveScreenshotAsync("data-quality");
    }

    [Test]
    public async Task DataQuality_CutList_Should_SayHowManyAreShown()
    {
        // Arrange: 250 issues found, the list covers 200.
        var api = new FakeWebApi().Get("crmspm_modelstates?", Row(
            "{\"total\":250,\"listed\":200,\"issues\":[{\"code\":\"negative-amount\",\"recordType\":\"opportunity\",\"recordId\":\"d1\",\"problem\":\"Negative amount; treated as 0.\",\"count\":200}]}"));

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(await Page.Locator(".message-bar-warning").InnerTextAsync(), Does.StartWith("Showing 200 of 250 issues"));
    }

    [Test]
    public async Task DataQuality_NoIssuesNoRunOrUnreadable_Should_SayWhichInWords()
    {
        // Arrange: three orgs: a clean run, no run yet, and a column edited by hand into garbage.
        var clean = new FakeWebApi().Get("crmspm_modelstates?", Row("{\"total\":0,\"listed\":0,\"issues\":[]}"));
        var noRun = new FakeWebApi().Get("crmspm_modelstates?", new JsonObject { ["value"] = new JsonArray() });
        var garbage = new FakeWebApi().Get("crmspm_modelstates?", Row("<not json>"));

        // Act + Assert
        await OpenAsync(clean);
        Assert.That(await Page.Locator(".message-bar-success").InnerTextAsync(), Is.EqualTo("No data issues: every record could be used as it is."));
        await OpenAsync(noRun);
        Assert.That(await Page.Locator("#panel p.muted").InnerTextAsync(), Does.StartWith("The nightly recompute has not run yet"));
        await OpenAsync(garbage);
        Assert.That(await Page.Locator(".message-bar-warning").InnerTextAsync(), Does.StartWith("The stored data issues could not be read"));
    }

    [Test]
    public async Task DataQuality_HostileProblemText_Should_ShowItAsText()
    {
        // Arrange: a problem quotes record data (a stage name, a rep's name), so it is shown as text, never as markup.
        const string hostile = "<img src=x onerror=\\\"window.hacked=1\\\">";
        var api = new FakeWebApi().Get("crmspm_modelstates?", Row(
            "{\"total\":1,\"listed\":1,\"issues\":[{\"code\":\"unknown-stage\",\"recordType\":\"opportunity\",\"recordId\":\"d1\",\"problem\":\"" + hostile + "\",\"count\":1}]}"));

        // Act
        await OpenAsync(api);

        // Assert
        Assert.That(await Page.Locator(".issue p").InnerTextAsync(), Is.EqualTo("<img src=x onerror=\"window.hacked=1\">"));
        Assert.That(await Page.Locator("#panel img").CountAsync(), Is.EqualTo(0));
        Assert.That(await Page.EvaluateAsync<bool>("window.hacked === 1"), Is.False);
    }

    [Test]
    public async Task DataQuality_InFrench_Should_UseTheFrenchStrings()
    {
        // Arrange
        var api = new FakeWebApi().Get("crmspm_modelstates?", Row(
            "{\"total\":2,\"listed\":2,\"issues\":[{\"code\":\"duplicate-id\",\"recordType\":\"opportunity\",\"recordId\":\"d1\",\"problem\":\"Duplicate.\",\"count\":2}]}"));

        // Act
        await OpenAsync(api, new XrmScenario("crmspm_modelstate", string.Empty) { LanguageId = 1036, ShortDatePattern = "dd/MM/yyyy" });

        // Assert
        Assert.That(await Page.Locator("h1").InnerTextAsync(), Is.EqualTo("Qualité des données"));
        Assert.That(await Page.Locator(".issue .health-head").InnerTextAsync(), Does.StartWith("Opportunité").And.EndWith("2 fois"));
    }

    [Test]
    public async Task AdminPage_Should_LinkToTheDataQualityPage()
    {
        // Arrange
        var api = new FakeWebApi()
            .Get("crmspm_pluginhealths?", PluginHealthSectionTests.Rows())
            .Get("crmspm_scoringprofiles?", Fixtures.Load("scoring-profile.json"));

        // Act
        await OpenPageAsync("crmspm_/admin/profile.html", new XrmScenario("crmspm_scoringprofile", string.Empty), api);
        await Page.Locator("#health[aria-busy='false']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

        // Assert: the link sits above the health section and opens the page beside the admin page.
        var link = Page.Locator(".page-links a");
        Assert.That(await link.InnerTextAsync(), Does.StartWith("Data quality"));
        Assert.That(await link.GetAttributeAsync("href"), Does.EndWith("/crmspm_/admin/dataQuality.html"));
    }
}
