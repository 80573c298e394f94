using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.State;

namespace CrmSpm.Salesforce.Tests.Sync;

public sealed class TipPlannerTests : SalesforceTestBase
{
    private readonly TipPlanner _planner = new(new ReinforcementSchedule(new[] { 2, 7, 21 }));

    private static CoachingTip Tip(string deal, string title = "Close date in the past: Acme") => new()
    {
        Key = TipKeys.ForDeal(RuleIds.PastDueCloseDate, deal),
        RuleId = RuleIds.PastDueCloseDate,
        RepId = "005A",
        AssigneeId = "005A",
        RecordType = TipRecordTypes.Opportunity,
        RecordId = deal,
        Severity = Severity.High,
        Title = title,
        Message = "The estimated close date passed 10 days ago.",
        DueOn = new DateTime(2026, 11, 21),
    };

    private static TipState Open(CoachingTip tip) => new()
    {
        Key = tip.Key,
        TaskId = "00T" + tip.RecordId,
        ShowCount = 1,
        LastShownOn = Now.AddDays(-1),
        IsOpen = true,
        Fingerprint = Fingerprint.Of(TipTaskBuilder.Build(tip)),
    };

    [Test]
    public void Plan_NewTip_Should_WriteItOpen()
    {
        // Act
        var plan = _planner.Plan(new[] { Tip("006A") }, new Dictionary<string, TipState>(), Now);

        // Assert
        var write = plan.Writes.Single();
        Assert.That(write.Reopen, Is.True);
        Assert.That(write.Fields["Status"]!.ToString(), Is.EqualTo("Not Started"));
        Assert.That(write.Show.ShowCount, Is.EqualTo(1));
        Assert.That(plan.Closes, Is.Empty);
    }

    [Test]
    public void Plan_OpenTipUnchanged_Should_CostNothing()
    {
        // Arrange
        var tip = Tip("006A");

        // Act
        var plan = _planner.Plan(new[] { tip }, new Dictionary<string, TipState> { [tip.Key] = Open(tip) }, Now);

        // Assert
        Assert.That(plan.Writes, Is.Empty);
        Assert.That(plan.Closes, Is.Empty);
    }

    [Test]
    public void Plan_OpenTipWithNewText_Should_UpdateItWithoutTouchingStatus()
    {
        // Arrange
        var before = Tip("006A");
        var after = Tip("006A", title: "Close date in the past: Acme (renamed)");

        // Act
        var plan = _planner.Plan(new[] { after }, new Dictionary<string, TipState> { [before.Key] = Open(before) }, Now);

        // Assert
        var write = plan.Writes.Single();
        Assert.That(write.Reopen, Is.False);
        Assert.That(write.Fields.ContainsKey("Status"), Is.False);
    }

    [Test]
    public void Plan_OpenTipNoLongerActive_Should_CloseItByTaskId()
    {
        // Arrange
        var tip = Tip("006A");

        // Act
        var plan = _planner.Plan(Array.Empty<CoachingTip>(), new Dictionary<string, TipState> { [tip.Key] = Open(tip) }, Now);

        // Assert
        var close = plan.Closes.Single();
        Assert.That((close.Key, close.TaskId, close.Show.IsOpen), Is.EqualTo((tip.Key, "00T006A", false)));
    }

    [Test]
    public void Plan_SnoozedTip_Should_WaitUntilTheSnoozeEnds()
    {
        // Arrange: closed by the rep 3 days ago (past the 2-day interval) but snoozed until tomorrow.
        var tip = Tip("006A");
        var state = Open(tip);
        state.IsOpen = false;
        state.LastShownOn = Now.AddDays(-3);
        state.SnoozedUntil = Now.AddDays(1);
        var tips = new Dictionary<string, TipState> { [tip.Key] = state };

        // Act
        var today = _planner.Plan(new[] { tip }, tips, Now);
        var inTwoDays = _planner.Plan(new[] { tip }, tips, Now.AddDays(2));

        // Assert
        Assert.That(today.Writes, Is.Empty);
        Assert.That(inTwoDays.Writes.Single().Reopen, Is.True);
    }

    [Test]
    public void Plan_OpenRepTipOfLastPeriod_Should_BeClosedAsSuperseded()
    {
        // Arrange: October's low-adoption task is open; the run scores November, where it does not fire.
        var october = TipKeys.ForRep(RuleIds.LowAdoption, "005A", "2026-10");
        var state = new TipState { Key = october, TaskId = "00TOCT", ShowCount = 1, LastShownOn = Now.AddDays(-25), IsOpen = true, Fingerprint = "x" };

        // Act
        var plan = _planner.Plan(Array.Empty<CoachingTip>(), new Dictionary<string, TipState> { [october] = state }, Now, period: "2026-11");

        // Assert
        Assert.That(plan.Closes.Single().TaskId, Is.EqualTo("00TOCT"));
    }

    [Test]
    public void Plan_MoreTipsThanTheDealCap_Should_WriteTheMostValuableAndReportTheRest()
    {
        // Arrange: cap 1 per deal; two rules fire on 006A.
        var planner = new TipPlanner(new ReinforcementSchedule(new[] { 2, 7, 21 }), new CrmSpm.Core.Coaching.Policy.TipBudget(1, 10));
        var high = Tip("006A");
        var low = Tip("006A");
        low.Key = TipKeys.ForDeal(RuleIds.SlippingDeal, "006A");
        low.RuleId = RuleIds.SlippingDeal;
        low.Severity = Severity.Low;

        // Act
        var plan = planner.Plan(new[] { low, high }, new Dictionary<string, TipState>(), Now);

        // Assert
        Assert.That(plan.Writes.Single().Tip.Key, Is.EqualTo(high.Key));
        Assert.That(plan.Deferred.Single().Key, Is.EqualTo(low.Key));
    }
}
