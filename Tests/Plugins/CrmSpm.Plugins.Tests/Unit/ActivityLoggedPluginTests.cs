using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ActivityLoggedPluginTests : PluginTestBase
{
    private static readonly Guid CallId = new("44444444-4444-4444-4444-444444444444");

    [Test]
    public void Create_CompletedCallOnAStaleDeal_Should_TouchDealAndAccountAndCloseTheStaleTip()
    {
        // Arrange: created 30 days ago, last touched 20 days ago, its stale-deal tip open.
        var deal = Deal(createdDaysAgo: 30);
        deal[OpportunityColumns.LastTouchOn] = Now.AddDays(-20);
        deal[OpportunityColumns.ActivityCount] = 4;
        deal[OpportunityColumns.TipState] = "[{\"rule\":\"stale-deal\",\"open\":true,\"shows\":1,\"lastShownOn\":\"2026-11-15T10:00:00Z\"}]";
        SystemService.Answer(OpportunityColumns.EntityName, WithTips(WithProfile(deal), ("stale-deal|opportunity|" + DealId, ActivityState.Open, "Stale", "Stale")));
        var call = CompletedCall(Now.AddHours(-1));

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Create, ActivityColumns.PhoneCall, CallId, call, postImage: call);

        // Assert: read (profile joined), deal written, stale tip closed with a state-only update, account touched.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[]
        {
            "RetrieveMultiple opportunity", "Update opportunity", "Update task", "Update account",
        }));
        var dealWrite = SystemService.Updates[0];
        Assert.That(dealWrite.GetAttributeValue<DateTime>(OpportunityColumns.LastTouchOn), Is.EqualTo(Now.AddHours(-1)));
        Assert.That(dealWrite.GetAttributeValue<int>(OpportunityColumns.ActivityCount), Is.EqualTo(5));
        var closedTip = SystemService.Updates[1];
        Assert.That(closedTip.Id, Is.EqualTo(TipIdentity.ForKey("stale-deal|opportunity|" + DealId)));
        Assert.That(closedTip.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Completed));
        Assert.That(closedTip.Attributes.Keys, Is.EquivalentTo(new[] { ActivityColumns.StateCode, ActivityColumns.StatusCode }));
        Assert.That(SystemService.Updates[2].GetAttributeValue<DateTime>(AccountColumns.LastTouchOn), Is.EqualTo(Now.AddHours(-1)));
    }

    [Test]
    public void Delete_CompletedCallInTheLog_Should_TakeTheTouchOffTheDeal()
    {
        // Arrange: the deal's log holds this call (yesterday) and an older one (10 days ago); count 2.
        var deal = Deal(createdDaysAgo: 30);
        deal[OpportunityColumns.TouchLog] = "[{\"id\":\"" + Guid.Empty + "\",\"on\":\"2026-11-10T10:00:00Z\",\"kind\":\"call\"},"
            + "{\"id\":\"" + CallId + "\",\"on\":\"2026-11-19T10:00:00Z\",\"kind\":\"call\"}]";
        deal[OpportunityColumns.ActivityCount] = 2;
        deal[OpportunityColumns.LastTouchOn] = Now.AddDays(-1);
        SystemService.Answer(OpportunityColumns.EntityName, deal);
        var before = CompletedCall(Now.AddDays(-1));

        // Act: Delete carries an EntityReference target and only the pre-image.
        Context.InputParameters[MessageNames.Target] = new EntityReference(ActivityColumns.PhoneCall, CallId);
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Delete, ActivityColumns.PhoneCall, CallId, preImage: before);

        // Assert: count 2 - 1 = 1, last touch back to the older call (2026-11-10 10:00, ten days before Now).
        var dealWrite = SystemService.Updates.First(u => u.LogicalName == OpportunityColumns.EntityName);
        Assert.That(dealWrite.GetAttributeValue<int>(OpportunityColumns.ActivityCount), Is.EqualTo(1));
        Assert.That(dealWrite.GetAttributeValue<DateTime>(OpportunityColumns.LastTouchOn), Is.EqualTo(Now.AddDays(-10)));
        Assert.That(CallsOf(SystemService), Has.No.Member("Update account"));
    }

    [Test]
    public void Delete_OpenTask_Should_MakeNoServiceCall()
    {
        // Arrange: a planned task never touched the deal, so deleting it changes nothing.
        var task = new Entity(ActivityColumns.Task, CallId)
        {
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Open),
        };

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Delete, ActivityColumns.Task, CallId, preImage: task);

        // Assert
        Assert.That(SystemService.Calls, Is.Empty);
    }

    [Test]
    public void Create_OpenTask_Should_MakeNoServiceCall()
    {
        // Arrange: a planned task is not a touch.
        var task = new Entity(ActivityColumns.Task, CallId)
        {
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Open),
        };

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Create, ActivityColumns.Task, CallId, task, postImage: task);

        // Assert
        Assert.That(SystemService.Calls, Is.Empty);
    }

    [Test]
    public void Create_OurOwnTip_Should_MakeNoServiceCall()
    {
        // Arrange: the task our tip writer creates (this is what ends the loop of our own writes).
        var tip = new Entity(ActivityColumns.Task, CallId)
        {
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [CoachingTipColumns.TipKey] = "stale-deal|opportunity|" + DealId,
        };

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Create, ActivityColumns.Task, CallId, tip, postImage: tip);

        // Assert
        Assert.That(SystemService.Calls, Is.Empty);
    }

    [Test]
    public void Create_CallDatedInTheFuture_Should_CountAsTouchedNow()
    {
        // Arrange: a typo puts the call next month.
        SystemService.Answer(OpportunityColumns.EntityName, Deal());
        var call = CompletedCall(Now.AddDays(30));

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Create, ActivityColumns.PhoneCall, CallId, call, postImage: call);

        // Assert
        Assert.That(SystemService.Updates[0].GetAttributeValue<DateTime>(OpportunityColumns.LastTouchOn), Is.EqualTo(Now));
    }

    [Test]
    public void Update_SameCallLoggedAgain_Should_NotCountItTwice()
    {
        // Arrange: the touch log already holds this call (an Update can fire twice).
        var deal = Deal();
        deal[OpportunityColumns.TouchLog] = "[{\"id\":\"" + CallId + "\",\"on\":\"2026-11-20T09:00:00Z\",\"kind\":\"call\"}]";
        deal[OpportunityColumns.ActivityCount] = 1;
        deal[OpportunityColumns.LastTouchOn] = Now.AddHours(-1);
        deal[OpportunityColumns.DealScore] = 25;
        deal[OpportunityColumns.DealScoreReasons] = "[]";
        SystemService.Answer(OpportunityColumns.EntityName, deal);
        var call = CompletedCall(Now.AddHours(-1));

        // Act
        Execute(new ActivityLoggedPlugin(Clock), MessageNames.Update, ActivityColumns.PhoneCall, CallId, call, postImage: call);

        // Assert: no deal write (nothing changed); the account is still brought up to the touch.
        Assert.That(SystemService.Updates.Select(u => u.LogicalName), Is.EqualTo(new[] { AccountColumns.EntityName }));
    }

    private static Entity CompletedCall(DateTime actualEnd) => new(ActivityColumns.PhoneCall, CallId)
    {
        [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, DealId),
        [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
        [ActivityColumns.ActualEnd] = actualEnd,
    };
}
