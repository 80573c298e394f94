using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class TipFeedbackServiceTests : PluginTestBase
{
    [TestCase(TipResponseChoice.Done, ActivityState.Open, "done")]
    [TestCase(TipResponseChoice.Snoozed, ActivityState.Open, "snoozed")]
    [TestCase(TipResponseChoice.Dismissed, ActivityState.Completed, "dismissed")]
    [TestCase(null, ActivityState.Completed, "done")]
    [TestCase(null, ActivityState.Canceled, "dismissed")]
    [TestCase(null, ActivityState.Open, null)]
    public void OutcomeOf_ResponseAndState_Should_PreferTheRepsExplicitResponse(int? response, int state, string? expected)
    {
        // Arrange
        var tip = new Entity(CoachingTipColumns.EntityName) { [ActivityColumns.StateCode] = new OptionSetValue(state) };
        if (response.HasValue) tip[CoachingTipColumns.Response] = new OptionSetValue(response.Value);

        // Act
        var outcome = TipFeedbackService.OutcomeOf(tip);

        // Assert
        Assert.That(outcome, Is.EqualTo(expected));
    }

    [Test]
    public void OnAnswered_DealTip_Should_ReadAndWriteTheStateOnce_WithoutAnEmptyUpdateOfTheDeal()
    {
        // Arrange: a dismissed missing-next-step tip, shown twice.
        SystemService.Answer(OpportunityColumns.EntityName, new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":2,\"lastShownOn\":\"2026-11-19T10:00:00Z\"}]",
        });
        var tip = new Entity(CoachingTipColumns.EntityName)
        {
            [CoachingTipColumns.RuleId] = "missing-next-step",
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
        };

        // Act
        var outcome = new TipFeedbackService(SystemService, Clock, Services).OnAnswered(tip);

        // Assert: one read, one write carrying the state: no empty "lock" update, which would fire other solutions'
        // unfiltered Update steps and stamp the deal as modified by SYSTEM once more.
        Assert.That(outcome, Is.EqualTo("dismissed"));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "Update opportunity" }));
        var written = SystemService.Updates.Single();
        Assert.That(written.Attributes.Keys, Is.EquivalentTo(new[] { OpportunityColumns.TipState }));
        Assert.That(written.GetAttributeValue<string>(OpportunityColumns.TipState), Does.Contain("\"dismissed\"").And.Contain("\"shows\":2"));
    }
}
