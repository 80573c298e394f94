using System.Text.Json.Nodes;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Coaching;

/// <summary>Hostile record text, the 200-tip render and the form hand-over through the real form script.</summary>
public sealed class OpportunityPanelSafetyAndSpeedTests : BrowserTestBase
{
    [Test]
    public async Task OpportunityPanel_WithScriptInEveryRenderedColumn_Should_ShowTheTextAndRunNothing()
    {
        // Arrange: payloads in every column the panel renders, including inside the JSON columns.
        var record = Fixtures.Load("opportunity-coaching.json");
        record["name"] = Hostile.Image;
        record["crmspm_dealscorereasons"] = new JsonArray(
            new JsonObject { ["feature"] = Hostile.Svg, ["text"] = Hostile.Image, ["impact"] = 0.3 },
            new JsonObject { ["feature"] = "x", ["text"] = Hostile.Script, ["impact"] = -0.2 }).ToJsonString();
        var tip = record["Opportunity_Tasks"]![1]!.AsObject();
        tip["subject"] = Hostile.Image;
        tip["description"] = Hostile.Script;
        tip["crmspm_severity@OData.Community.Display.V1.FormattedValue"] = Hostile.Svg;
        tip["crmspm_evidence"] = Hostile.EvidenceJson();
        tip["crmspm_benchmark"] = Hostile.Image;
        tip["crmspm_traininglink"] = Hostile.JavaScriptUrl;
        tip["activityid"] = "a1000000-0000-4000-8000-00000000000a\"><img src=x onerror=\"window.__xss=1";

        // Act
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(record));
        await WaitForRenderAsync();
        var outcome = await Page.EvaluateAsync<string>(Hostile.NothingRanScript);
        var text = await Page.Locator("main").TextContentAsync();

        // Assert
        Assert.That(outcome, Is.EqualTo(Hostile.NothingRan));
        Assert.That(text, Does.Contain(Hostile.Image).And.Contain(Hostile.Script).And.Contain(Hostile.Svg));
        Assert.That(await Page.Locator(".tip a").CountAsync(), Is.Zero, "a javascript: training link must not become a link");
        Assert.That(PageErrors, Is.Empty);
        await SaveScreenshotAsync("hostile");
    }

    [Test]
    public async Task OpportunityPanel_With200Tips_Should_RenderThemAllFromOneCallPerRender()
    {
        // Arrange: the fixture's stale-deal tip copied 200 times with distinct ids.
        var record = Fixtures.Load("opportunity-coaching.json");
        var template = record["Opportunity_Tasks"]![1]!.AsObject();
        var tips = new JsonArray();
        for (var index = 0; index < 200; index++)
        {
            var copy = template.DeepClone().AsObject();
            copy["activityid"] = $"b2000000-0000-4000-8000-{index:D12}";
            copy["subject"] = $"Tip {index + 1}";
            tips.Add(copy);
        }

        record["Opportunity_Tasks"] = tips;
        const int renders = 5;

        // Act: the first render comes from the form's hand-over, four more from handing the context over again.
        await OpenPanelAsync(OpportunityPanelTests.PanelPath, OpportunityPanelTests.Scenario(record));
        await WaitForRenderAsync();
        var timings = new List<double> { (await LastRenderAsync()).Milliseconds };
        for (var again = 1; again < renders; again++)
        {
            await Page.EvaluateAsync("window.crmspm.setClientApiContext(window.__fakeXrm.xrm, window.__fakeXrm.formContext)");
            await WaitForRenderAsync();
            timings.Add((await LastRenderAsync()).Milliseconds);
        }

        var lastRender = await LastRenderAsync();
        var calls = await WebApiCallsAsync();

        // Assert: counts only; the time is recorded, not asserted.
        Assert.That(lastRender.Tips, Is.EqualTo(200));
        Assert.That(await Page.Locator(".tip").CountAsync(), Is.EqualTo(200));
        Assert.That(calls.Count(call => call.IsRead), Is.EqualTo(renders), "one Web API round trip per render");
        PerfRecord.Write("opportunity panel, 200 tips, render after data (ms)", timings);
    }

    [Test]
    public async Task OpportunityForm_OnLoadHandler_Should_HandTheContextToThePanelThroughGetContentWindow()
    {
        // Arrange: the fake form page loads the real form library and the panel in an iframe.
        var scenario = OpportunityPanelTests.Scenario();
        AddInitScript(scenario.ToInitScript(
            handOverOnLoad: false,
            panelUrl: $"/WebResources/{OpportunityPanelTests.PanelPath}",
            frameWidth: NarrowWidth,
            controlName: "WebResource_crmspm_coaching"));
        AddInitScript(FakeXrmScript);

        // Act
        await Page.GotoAsync($"{StaticSite.Origin}/host/form-host.html");
        var panel = Page.FrameLocator("#WebResource_crmspm_coaching");
        await panel.Locator("main[aria-busy='false']").WaitForAsync();

        // Assert
        Assert.That(await panel.Locator(".tip").CountAsync(), Is.EqualTo(5));
        Assert.That(await WebApiCallsAsync(), Has.Count.EqualTo(1));
        Assert.That(await panel.Locator("html").EvaluateAsync<bool>("() => 'Xrm' in window"), Is.False,
            "the panel window must not have (or need) a global Xrm");
        await SaveScreenshotAsync("form-host");
    }
}
