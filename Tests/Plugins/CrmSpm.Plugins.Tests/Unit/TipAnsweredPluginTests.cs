using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Steps;
using CrmSpm.Plugins.Tests.Fakes;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// An answer counts whoever writes it (a flow or another solution's plugin runs at Depth 2+); only our own writes,
/// marked with a shared variable that nested operations see through ParentContext, are not answers
/// (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables).
/// </summary>
public sealed class TipAnsweredPluginTests : PluginTestBase
{
    [Test]
    public void Answer_FromAFlowAtDepthTwo_Should_BeRecordedOnTheDeal()
    {
        // Arrange: a flow cancels the rep's tip; its update runs at depth 2 with no marker of ours.
        Context.Depth = 2;
        SystemService.Answer(OpportunityColumns.EntityName, new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-11-19T10:00:00Z\"}]",
        });

        // Act
        Execute(new TipAnsweredPlugin(Clock), MessageNames.Update, CoachingTipColumns.EntityName, Guid.NewGuid(), postImage: CanceledTip());

        // Assert
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "Update opportunity" }));
        Assert.That(SystemService.Updates.Single().GetAttributeValue<string>(OpportunityColumns.TipState), Does.Contain("\"dismissed\""));
    }

    [Test]
    public void Update_MadeByOneOfOurSteps_Should_NotCountAsAnAnswer()
    {
        // Arrange: our step (the parent execution) marked its writes before closing the tip.
        var parent = new FakePluginExecutionContext { MessageName = MessageNames.Update };
        OwnWriteMarker.Mark(parent);
        Context.ParentContext = new FakePluginExecutionContext { MessageName = MessageNames.Update, ParentContext = parent };
        Context.Depth = 2;

        // Act
        Execute(new TipAnsweredPlugin(Clock), MessageNames.Update, CoachingTipColumns.EntityName, Guid.NewGuid(), postImage: CanceledTip());

        // Assert: no call at all.
        Assert.That(CallsOf(SystemService), Is.Empty);
    }

    private static Entity CanceledTip() => new(CoachingTipColumns.EntityName)
    {
        [CoachingTipColumns.RuleId] = "missing-next-step",
        [CoachingTipColumns.TipKey] = "missing-next-step|opportunity|" + DealId,
        [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
        [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
    };
}
