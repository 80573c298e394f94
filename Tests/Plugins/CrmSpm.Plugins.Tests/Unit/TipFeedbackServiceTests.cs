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
}
