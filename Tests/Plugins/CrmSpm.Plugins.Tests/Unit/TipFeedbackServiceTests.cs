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
    public void OnAnswered_DealTip_Should_LockTheDealBeforeReadingItsTipState()
    {
        // Arrange: a dismissed missing-next-step tip. Before the lock the deal reads with the tip's first showing; by
        // the read under the lock a concurrent event has written its second showing, which must survive.
        SystemService.Answer(OpportunityColumns.EntityName, new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-11-17T10:00:00Z\"}]",
        });
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

        // Assert: existence check, the lock (an update with no column), the state read under the lock, the write.
        Assert.That(outcome, Is.EqualTo("dismissed"));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "Update opportunity", "RetrieveMultiple opportunity", "Update opportunity" }));
        Assert.That(SystemService.Updates[0].Attributes, Is.Empty);
        var written = SystemService.Updates[1].GetAttributeValue<string>(OpportunityColumns.TipState);
        Assert.That(written, Does.Contain("\"dismissed\"").And.Contain("\"shows\":2"));
    }
}
