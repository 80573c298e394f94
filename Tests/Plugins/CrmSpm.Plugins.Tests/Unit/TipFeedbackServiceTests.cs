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
    public void OnAnswered_DealTip_Should_LockTheTeamsOwnRowBeforeReading_AndWriteTheDealOnlyWithItsState()
    {
        // Arrange: a dismissed missing-next-step tip, shown twice, owned in the deal's team.
        SystemService.Answer(OpportunityColumns.EntityName, new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.TipState] = "[{\"rule\":\"missing-next-step\",\"open\":true,\"shows\":2,\"lastShownOn\":\"2026-11-19T10:00:00Z\"}]",
        });
        var tip = AnsweredTip(ActivityState.Canceled);
        tip[ActivityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, TeamId);

        // Act
        var outcome = new TipFeedbackService(SystemService, Clock, Services).OnAnswered(tip);

        // Assert: the lock (an Upsert of the team's model-state row by its key, nothing but its business unit)
        // comes before the read, so a second answer waits there and reads this one's state; the deal is written
        // once, with its state only: no empty update of it, which would fire other solutions' Update steps.
        Assert.That(outcome, Is.EqualTo("dismissed"));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "Upsert crmspm_modelstate", "RetrieveMultiple opportunity", "Update opportunity" }));
        var lockRow = ((Microsoft.Xrm.Sdk.Messages.UpsertRequest)SystemService.Executes.Single()).Target;
        Assert.That(lockRow.KeyAttributes[ModelStateColumns.TeamKey], Is.EqualTo(TeamId.ToString()));
        Assert.That(lockRow.Attributes.Keys, Is.EquivalentTo(new[] { ModelStateColumns.BusinessUnitId }));
        var written = SystemService.Updates.Single();
        Assert.That(written.Attributes.Keys, Is.EquivalentTo(new[] { OpportunityColumns.TipState }));
        Assert.That(written.GetAttributeValue<string>(OpportunityColumns.TipState), Does.Contain("\"dismissed\"").And.Contain("\"shows\":2"));
    }

    [Test]
    public void OnAnswered_TipWithoutABusinessUnit_Should_StillRecordTheAnswer_WithoutALock()
    {
        // Arrange: an image without the owner's business unit (a step registered before the column was in its image).
        SystemService.Answer(OpportunityColumns.EntityName, new Entity(OpportunityColumns.EntityName, DealId));

        // Act
        var outcome = new TipFeedbackService(SystemService, Clock, Services).OnAnswered(AnsweredTip(ActivityState.Completed));

        // Assert
        Assert.That(outcome, Is.EqualTo("done"));
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "RetrieveMultiple opportunity", "Update opportunity" }));
    }

    private static readonly Guid TeamId = new("55555555-5555-5555-5555-555555555555");

    private static Entity AnsweredTip(int state) => new(CoachingTipColumns.EntityName)
    {
        [CoachingTipColumns.RuleId] = "missing-next-step",
        [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
        [ActivityColumns.StateCode] = new OptionSetValue(state),
    };
}
