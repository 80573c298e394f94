using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

public sealed class TipFeedbackPipelineTests : PluginTestBase
{
    [Test]
    public void RepDismissesTip_Should_RecordItAndKeepItAwayUntilTheFirstInterval()
    {
        // Arrange: a new deal without a next step gets its missing-next-step tip.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);

        // Act: the rep dismisses it with a reason, then edits the deal the next day (still no next step).
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [CoachingTipColumns.Response] = new OptionSetValue(TipResponseChoice.Dismissed),
            [CoachingTipColumns.DismissReason] = "Customer is on holiday",
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
            [ActivityColumns.StatusCode] = new OptionSetValue(6),
        });
        org.Time.Advance(TimeSpan.FromDays(1));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });

        // Assert: the answer is on the deal, and the tip did not come back within the first 2-day interval.
        var entry = TipState(org, dealId).Single();
        Assert.That((entry.Outcome, entry.Open, entry.Shows), Is.EqualTo(("dismissed", false, 1)));
        Assert.That(OpenTips(org, dealId), Is.Empty);
    }

    [Test]
    public void DismissedTip_ConditionStillTrueAfterTheInterval_Should_ComeBackAsTheSecondShowing()
    {
        // Arrange: a team after its first recompute (model row and profile joined in the one deal read).
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
            [ActivityColumns.StatusCode] = new OptionSetValue(6),
        });

        // Act: three days later (first interval: 2 days) the rep edits the deal, still without a next step.
        org.Time.Advance(TimeSpan.FromDays(3));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });

        // Assert: the same task (same id) is open again and counts its second showing.
        var tip = OpenTips(org, dealId).Single();
        Assert.That(tip.Id, Is.EqualTo(tipId));
        Assert.That(tip.GetAttributeValue<int>(CoachingTipColumns.ShowCount), Is.EqualTo(2));
    }

    private static List<TipStateEntry> TipState(TestOrg org, Guid dealId) =>
        JsonColumn.Read<List<TipStateEntry>>(org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TipState))
            .GetAttributeValue<string>(OpportunityColumns.TipState))!;
}
