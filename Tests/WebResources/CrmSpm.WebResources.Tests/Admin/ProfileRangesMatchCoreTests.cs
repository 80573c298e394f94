using CrmSpm.Core.Profile;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Admin;

/// <summary>
/// The admin page's messages and hand-copied ranges (admin/profileCatalogue.js) against Core's
/// ScoringProfileJson.Load, so a range changed on one side only fails here.
/// </summary>
public sealed class ProfileRangesMatchCoreTests : BrowserTestBase
{
    private static System.Text.Json.Nodes.JsonObject StoredProfile() => ProfileAdminPageTests.StoredProfile();

    private Microsoft.Playwright.ILocator Field(string path) => Page.Locator($"[data-path='{path}']");

    private async Task<IReadOnlyList<string>> SummaryAsync() =>
        await Page.Locator(".problem-summary li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.problem)");

    private async Task OpenAsync()
    {
        await OpenPageAsync("crmspm_/admin/profile.html", new XrmScenario("crmspm_scoringprofile", string.Empty), ProfileAdminPageTests.Api());
        await WaitForRenderAsync();
    }

    [TestCase("weights.adoption.freshness", "150")]
    [TestCase("thresholds.minClosedDealsForTier", "2.5")]
    [TestCase("thresholds.tierAShare", "0.8")]
    [TestCase("rules[0].parameters.staleDays", "400")]
    [TestCase("rules[0].trainingLink", "javascript:alert(1)")]
    public async Task AdminPage_Messages_Should_MatchWhatCoresLoaderSaysForTheSameProfile(string path, string value)
    {
        // Arrange
        await OpenAsync();
        await Field(path).FillAsync(value);

        // Act: the page's problems, then Core's for the exact JSON the page would save.
        await Field(path).DispatchEventAsync("change");
        var pageProblems = await SummaryAsync();
        var edited = await Page.EvaluateAsync<string>(
            """
            async (loaded) => {
              const editor = await import("/source/crmspm_/admin/profileEditor.js");
              return JSON.stringify(editor.readProfile(JSON.parse(loaded), document.querySelector(".profile-editor")));
            }
            """,
            StoredProfile().ToJsonString());
        var coreProblems = ScoringProfileJson.Load(edited).Problems.Select(problem => problem.ToString()).ToList();

        // Assert
        Assert.That(pageProblems, Is.EqualTo(coreProblems));
    }

    [Test]
    public async Task AdminPage_EveryCatalogueRange_Should_MatchCoresLoaderJustBelowAtAndJustAboveItsBounds()
    {
        // Arrange: the page's catalogue (admin/profileCatalogue.js) copies Core's ProfileValidator ranges by hand;
        // each setting is set just below its minimum, at both bounds and just above its maximum (step 1 for whole
        // numbers, 0.001 otherwise), so a range that drifts from Core's changes a message or its presence.
        await OpenAsync();

        // Act: in the page, one edit at a time (restored afterwards): its problems and the JSON it would save.
        var cases = await Page.EvaluateAsync<RangeCase[]>(
            """
            async (loaded) => {
              const catalogue = await import("/source/crmspm_/admin/profileCatalogue.js");
              const editor = await import("/source/crmspm_/admin/profileEditor.js");
              const profile = JSON.parse(loaded);
              const settings = [
                ...catalogue.ADOPTION_WEIGHTS.map((s) => ({ path: `weights.adoption.${s.key}`, ...s })),
                ...catalogue.TIER_WEIGHTS.map((s) => ({ path: `weights.tier.${s.key}`, ...s })),
                ...catalogue.THRESHOLDS.map((s) => ({ path: `thresholds.${s.key}`, ...s })),
                ...profile.rules.flatMap((rule, index) => catalogue.findRule(rule.id).parameters
                  .map((p) => ({ path: `rules[${index}].parameters.${p.name}`, ...p }))),
              ];
              const root = document.querySelector(".profile-editor");
              const cases = [];
              for (const setting of settings) {
                const step = setting.whole ? 1 : 0.001;
                const input = document.querySelector(`[data-path='${setting.path}']`);
                const original = input.value;
                for (const [bound, value] of [["below", setting.min - step], ["min", setting.min], ["max", setting.max], ["above", setting.max + step]]) {
                  // Weights are typed as percentages.
                  input.value = String(input.dataset.kind === "percent" ? Number((value * 100).toFixed(6)) : value);
                  input.dispatchEvent(new Event("change", { bubbles: true }));
                  const pageProblems = [...document.querySelectorAll(".problem-summary li")].map((li) => li.dataset.problem);
                  cases.push({ path: setting.path, bound, value: String(value), pageProblems, json: JSON.stringify(editor.readProfile(profile, root)) });
                }
                input.value = original;
              }
              return cases;
            }
            """,
            StoredProfile().ToJsonString());

        // Assert: 5 adoption + 2 tier weights, 10 thresholds and 11 rule parameters (docs/scoring-profile.md) = 28
        // settings, 4 values each.
        Assert.That(cases, Has.Length.EqualTo(28 * 4));
        Assert.Multiple(() =>
        {
            foreach (var rangeCase in cases)
            {
                var coreProblems = ScoringProfileJson.Load(rangeCase.Json).Problems.Select(problem => problem.ToString()).ToList();
                var where = $"{rangeCase.Path} = {rangeCase.Value} ({rangeCase.Bound})";
                Assert.That(rangeCase.PageProblems, Is.EqualTo(coreProblems), where);
                if (rangeCase.Bound is "below" or "above")
                {
                    Assert.That(coreProblems, Has.Some.StartsWith(rangeCase.Path + ": must be between"), where + " is out of Core's range");
                }
            }
        });
    }

    /// <summary>One edit of the range test: the page's problems and the JSON the page would save (settable
    /// properties because Playwright fills the result through a parameterless constructor).</summary>
    private sealed class RangeCase
    {
        public string Path { get; set; } = string.Empty;

        public string Bound { get; set; } = string.Empty;

        public string Value { get; set; } = string.Empty;

        public string[] PageProblems { get; set; } = [];

        public string Json { get; set; } = string.Empty;
    }
}
