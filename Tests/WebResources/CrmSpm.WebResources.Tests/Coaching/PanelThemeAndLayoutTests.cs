using CrmSpm.WebResources.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>How a form panel sits in Dynamics: Dynamics' theme (not the OS's), no card of its own, readable on a wide tab.</summary>
public sealed class PanelThemeAndLayoutTests : BrowserTestBase
{
    [Test]
    public async Task Theme_WithTheOperatingSystemDarkAndDynamicsLight_Should_StayLight()
    {
        // Act: the OS prefers dark; Dynamics' theme is its default.
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(), NarrowWidth, ColorScheme.Dark);
        await WaitForRenderAsync();

        // Assert: Fluent 2 light colorNeutralBackground1 #ffffff and colorNeutralForeground1 #242424.
        var body = await Page.EvaluateAsync<string[]>("[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]");
        Assert.That(body, Is.EqualTo(new[] { "rgb(255, 255, 255)", "rgb(36, 36, 36)" }));
        Assert.That(await Page.Locator("html").GetAttributeAsync("data-theme"), Is.EqualTo("light"));
    }

    [Test]
    public async Task Theme_WhenDynamicsSaysDark_Should_UseTheDarkTokens()
    {
        // Act: the OS prefers light; Dynamics says dark.
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, new XrmScenario("opportunity", OpportunityPanelTests.FormId) { Theme = "DarkMode" }
            .Answer("retrieveRecord", "opportunity", Fixtures.Load("opportunity-coaching.json")), NarrowWidth, ColorScheme.Light);
        await WaitForRenderAsync();

        // Assert: Fluent 2 dark colorNeutralBackground1 #292929 = rgb(41, 41, 41).
        var background = await Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.That(background, Is.EqualTo("rgb(41, 41, 41)"));
    }

    [Test]
    public async Task Panel_InTheFormSection_Should_DrawNoCardOrShadowOfItsOwn()
    {
        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(), NarrowWidth);
        await WaitForRenderAsync();

        // Assert: the form section is the card; the panel's blocks add no shadow, and no heading larger than the text.
        var shadows = await Page.Locator("main *").EvaluateAllAsync<int>("nodes => nodes.filter(n => getComputedStyle(n).boxShadow !== 'none').length");
        Assert.That(shadows, Is.Zero);
        var headingSize = await Page.Locator(".block-title").First.EvaluateAsync<string>("n => getComputedStyle(n).fontSize");
        Assert.That(headingSize, Is.EqualTo("12px"));
    }

    [Test]
    public async Task Panel_OnAWideTab_Should_UseTwoColumnsAndKeepLinesReadable()
    {
        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(), WideWidth);
        await WaitForRenderAsync();

        // Assert: score beside the tips; no paragraph wider than 72 characters of the body font (about 600 px).
        var columns = await Page.Locator(".panel-columns").EvaluateAsync<string>("n => getComputedStyle(n).gridTemplateColumns");
        Assert.That(columns.Split(' '), Has.Length.EqualTo(2));
        var widest = await Page.Locator("main p").EvaluateAllAsync<double>("nodes => Math.max(...nodes.map(n => n.getBoundingClientRect().width))");
        Assert.That(widest, Is.LessThan(700));
        await SaveScreenshotAsync("light-wide");
    }
}
