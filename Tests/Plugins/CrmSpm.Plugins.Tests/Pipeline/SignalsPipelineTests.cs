using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// The recompute stores what the team's data supports on the team's model row, and the deal saves after it raise only
/// the tips the full run would (Core's SignalCoverage, docs/scoring.md §9). The team's only deals are in Develop with
/// no next step, so the default profile's missing-next-step rule fires on each, until the recompute finds that no
/// open deal of the team has a next step: from then on that tip is not supported.
/// </summary>
public sealed class SignalsPipelineTests : PluginTestBase
{
    [Test]
    public void Save_AfterARecomputeFoundNoNextSteps_Should_RaiseNoNextStepTip()
    {
        // Arrange: before any recompute (no coverage stored) the first deal gets the tip, as it always did.
        var org = CreateOrg();
        var first = org.AsRep.Create(NewDeal(org));
        Assert.That(RulesOfOpenTips(org, first), Is.EqualTo(new[] { "missing-next-step" }));

        // Act: the nightly recompute, then a second deal saved the same way.
        RecomputeLoop.Run(org.AsSystem);
        var second = org.AsRep.Create(NewDeal(org));

        // Assert: the stored coverage has no next steps, the recompute closed the first deal's tip as its own full
        // run drops it, and the second deal gets none.
        var model = org.AsSystem.RetrieveMultiple(new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(ModelStateColumns.TeamKey, ModelStateColumns.Signals) })
            .Entities.Single(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey) == org.Team.ToString());
        Assert.That(model.GetAttributeValue<string>(ModelStateColumns.Signals), Does.Contain("\"nextSteps\":false").And.Contain("\"open\":true"));
        Assert.That(RulesOfOpenTips(org, first), Is.Empty);
        Assert.That(RulesOfOpenTips(org, second), Is.Empty);
    }

    [Test]
    public void Save_AfterARecomputeFoundNextSteps_Should_StillRaiseTheNextStepTip()
    {
        // Arrange: one open deal of the team has a next step, so next steps are captured.
        var org = CreateOrg();
        org.AsRep.Create(NewDeal(org, nextStep: "Demo on Tuesday"));
        RecomputeLoop.Run(org.AsSystem);

        // Act
        var deal = org.AsRep.Create(NewDeal(org));

        // Assert
        Assert.That(RulesOfOpenTips(org, deal), Is.EqualTo(new[] { "missing-next-step" }));
    }

    private static string[] RulesOfOpenTips(TestOrg org, Guid dealId) =>
        OpenTips(org, dealId).Select(t => t.GetAttributeValue<string>(CoachingTipColumns.RuleId)).OrderBy(r => r, StringComparer.Ordinal).ToArray();
}
