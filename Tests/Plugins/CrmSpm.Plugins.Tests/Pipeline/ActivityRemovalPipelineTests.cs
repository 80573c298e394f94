using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// An activity that stops touching a deal (moved to another deal, reopened, cancelled or deleted) takes its touch off
/// that deal: the touch log, the activity count and the last touch go back to what the remaining touches say.
/// </summary>
public sealed class ActivityRemovalPipelineTests : PluginTestBase
{
    [Test]
    public void CompletedCall_MovedToAnotherDeal_Should_CountOnTheNewDealOnly()
    {
        // Arrange
        var org = CreateOrg();
        var first = org.AsRep.Create(NewDeal(org));
        var second = org.AsRep.Create(NewDeal(org));
        var callId = LogCall(org.AsRep, org, first);

        // Act: a completed call is read-only (Microsoft's phonecall reference): reopen, move, complete again.
        Reopen(org, callId);
        org.AsRep.Update(new Entity(ActivityColumns.PhoneCall, callId) { [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, second) });
        Complete(org.AsRep, ActivityColumns.PhoneCall, callId);

        // Assert: one touch in all, on the second deal.
        Assert.That(Touches(org, first), Is.EqualTo((0, 0)));
        Assert.That(Touches(org, second), Is.EqualTo((1, 1)));
    }

    [Test]
    public void CompletedCall_Reopened_Should_NoLongerCount()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var callId = LogCall(org.AsRep, org, dealId);

        // Act: back to Open, a plan again rather than a touch.
        org.AsRep.Update(new Entity(ActivityColumns.PhoneCall, callId) { [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Open) });

        // Assert
        Assert.That(Touches(org, dealId), Is.EqualTo((0, 0)));
        Assert.That(LastTouch(org, dealId), Is.Null);
    }

    [Test]
    public void CompletedCall_Cancelled_Should_LeaveTheOtherTouchAndItsDate()
    {
        // Arrange: two calls, the older one five days ago; the newer one (today) is then cancelled.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var older = CompletedCall(org, dealId);
        older[ActivityColumns.ActualEnd] = Now.AddDays(-5);
        Complete(org.AsRep, ActivityColumns.PhoneCall, org.AsRep.Create(older));
        var newerId = LogCall(org.AsRep, org, dealId);

        // Act: a completed call is read-only: reopened, then cancelled.
        Reopen(org, newerId);
        org.AsRep.Update(new Entity(ActivityColumns.PhoneCall, newerId)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
            [ActivityColumns.StatusCode] = new OptionSetValue(3),
        });

        // Assert: one touch left, and the last touch falls back to it (five days ago).
        Assert.That(Touches(org, dealId), Is.EqualTo((1, 1)));
        Assert.That(LastTouch(org, dealId), Is.EqualTo(Now.AddDays(-5)));
    }

    [Test]
    public void CompletedCall_Deleted_Should_NoLongerCount()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var callId = LogCall(org.AsRep, org, dealId);

        // Act
        org.AsRep.Delete(ActivityColumns.PhoneCall, callId);

        // Assert
        Assert.That(Touches(org, dealId), Is.EqualTo((0, 0)));
    }

    [Test]
    public void CompletedCall_SubjectEdited_Should_StillCountOnce()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var callId = LogCall(org.AsRep, org, dealId);

        // Act: reopened, its actual end edited (a filtering attribute, so the step runs), completed again.
        Reopen(org, callId);
        org.AsRep.Update(new Entity(ActivityColumns.PhoneCall, callId) { [ActivityColumns.ActualEnd] = Now });
        Complete(org.AsRep, ActivityColumns.PhoneCall, callId);

        // Assert
        Assert.That(Touches(org, dealId), Is.EqualTo((1, 1)));
    }

    private static void Reopen(TestOrg org, Guid callId) =>
        org.AsRep.Update(new Entity(ActivityColumns.PhoneCall, callId)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Open),
            [ActivityColumns.StatusCode] = new OptionSetValue(1),
        });

    /// <summary>(entries in the touch log, crmspm_activitycount) of the deal.</summary>
    private static (int Logged, int? Count) Touches(TestOrg org, Guid dealId)
    {
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TouchLog, OpportunityColumns.ActivityCount));
        return (TouchLog.Read(deal.GetAttributeValue<string>(OpportunityColumns.TouchLog)).Entries.Count, deal.GetAttributeValue<int?>(OpportunityColumns.ActivityCount));
    }

    private static DateTime? LastTouch(TestOrg org, Guid dealId) =>
        org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.LastTouchOn)).GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn);
}
