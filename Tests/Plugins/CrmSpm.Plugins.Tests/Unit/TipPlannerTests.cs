using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>The plugins' storage mapping around Core's tip policy: tip-state entries and tasks in, entries and writes out.</summary>
public sealed class TipPlannerTests : PluginTestBase
{
    private static readonly string StaleKey = TipKeys.ForDeal(RuleIds.StaleDeal, DealId.ToString());

    [Test]
    public void Plan_NewTip_Should_RaiseItWithShowCountOne()
    {
        // Arrange
        var state = new List<TipStateEntry>();

        // Act
        var plan = Plan(state, StaleTip());
        TipPlanner.Apply(plan, state, KeyOf);

        // Assert
        Assert.That(plan.Actions.Select(a => (a.Kind, a.After.ShowCount)), Is.EqualTo(new[] { (TipActionKind.Raise, 1) }));
        Assert.That((state.Single().Open, state.Single().Shows, state.Single().LastShownOn), Is.EqualTo((true, 1, IsoDate.Write(Now))));
    }

    [TestCase(1, 1, false, TestName = "Plan_AnsweredTipBackAfterOneDay_Should_WaitForTheTwoDayInterval")]
    [TestCase(1, 3, true, TestName = "Plan_AnsweredTipBackAfterThreeDays_Should_ReturnAsTheSecondShowing")]
    [TestCase(2, 3, false, TestName = "Plan_SecondShowingBackAfterThreeDays_Should_WaitForTheSevenDayInterval")]
    public void Plan_AnsweredTip_Should_ReturnOnTheReinforcementSchedule(int shows, int lastShownDaysAgo, bool returns)
    {
        // Arrange: intervals 2, 7, 21 days.
        var state = new List<TipStateEntry> { Answered(shows, lastShownDaysAgo) };

        // Act
        var plan = Plan(state, StaleTip());

        // Assert
        Assert.That(plan.Actions.Select(a => (a.Kind, a.After.ShowCount)),
            Is.EqualTo(returns ? new[] { (TipActionKind.Resurface, shows + 1) } : Array.Empty<(TipActionKind, int)>()));
    }

    [Test]
    public void Plan_OpenTipWhoseConditionCleared_Should_CloseIt()
    {
        // Arrange
        var state = new List<TipStateEntry> { new() { RuleId = RuleIds.StaleDeal, Open = true, Shows = 1, LastShownOn = "2026-11-18T10:00:00Z" } };

        // Act
        var plan = Plan(state);
        TipPlanner.Apply(plan, state, KeyOf);

        // Assert
        Assert.That(plan.Actions.Single().Kind, Is.EqualTo(TipActionKind.Close));
        Assert.That((state.Single().Open, state.Single().Outcome, state.Single().ClosedOn), Is.EqualTo((false, TipOutcomes.Cleared, IsoDate.Write(Now))));
    }

    [Test]
    public void Plan_SnoozedTipWhoseTextChanged_Should_WriteNothingUntilTheSnoozeEnds()
    {
        // Arrange: the task reads yesterday's text; the rep snoozed it until tomorrow.
        var tip = StaleTip();
        var task = new ExistingTip { Id = TipIdentity.ForKey(StaleKey), State = ActivityState.Open, Subject = TipWriter.SubjectOf(tip), Description = "old text", OwnerId = RepId };
        var snoozed = new TipStateEntry { RuleId = RuleIds.StaleDeal, Open = true, Shows = 1, LastShownOn = IsoDate.Write(Now.AddDays(-2)), Outcome = TipOutcomes.Snoozed, SnoozedUntil = IsoDate.Write(Now.AddDays(1)) };
        var expired = new TipStateEntry { RuleId = RuleIds.StaleDeal, Open = true, Shows = 1, LastShownOn = IsoDate.Write(Now.AddDays(-2)), Outcome = TipOutcomes.Snoozed, SnoozedUntil = IsoDate.Write(Now.AddDays(-1)) };

        // Act
        var during = Plan(new List<TipStateEntry> { snoozed }, tip, task);
        var after = Plan(new List<TipStateEntry> { expired }, tip, task);

        // Assert
        Assert.That(during.Actions.Single().Kind, Is.EqualTo(TipActionKind.KeepSnoozed));
        Assert.That(during.Writes, Is.Empty);
        Assert.That(after.Actions.Single().Kind, Is.EqualTo(TipActionKind.Refresh));
    }

    [Test]
    public void Plan_OpenTipWhoseTaskReadsTheSameText_Should_NeedNothing()
    {
        // Arrange
        var tip = StaleTip();
        var task = new ExistingTip { Id = TipIdentity.ForKey(StaleKey), State = ActivityState.Open, Subject = TipWriter.SubjectOf(tip), Description = TipWriter.DescriptionOf(tip), OwnerId = RepId };
        var open = new TipStateEntry { RuleId = RuleIds.StaleDeal, Open = true, Shows = 1, LastShownOn = IsoDate.Write(Now.AddDays(-2)) };

        // Act / Assert
        Assert.That(Plan(new List<TipStateEntry> { open }, tip, task).Actions, Is.Empty);
    }

    private static string KeyOf(string rule) => TipKeys.ForDeal(rule, DealId.ToString());

    private static TipActionPlan Plan(List<TipStateEntry> state, CoachingTip? tip = null, ExistingTip? task = null) =>
        new TipPlanner(new[] { 2, 7, 21 }).Plan(state.Select(e => new KeyValuePair<string, TipStateEntry>(KeyOf(e.RuleId), e)),
            tip == null ? Array.Empty<CoachingTip>() : new[] { tip }, key => task != null && key == StaleKey ? task : null,
            _ => new EntityReference(SystemUserColumns.EntityName, RepId), RepId.ToString(), Now);

    private static TipStateEntry Answered(int shows, int lastShownDaysAgo) => new()
    {
        RuleId = RuleIds.StaleDeal, Open = false, Shows = shows, Outcome = TipOutcomes.Dismissed,
        LastShownOn = IsoDate.Write(Now.AddDays(-lastShownDaysAgo)), ClosedOn = IsoDate.Write(Now.AddDays(-lastShownDaysAgo)),
    };

    private static CoachingTip StaleTip() => new()
    {
        Key = StaleKey, RuleId = RuleIds.StaleDeal, RepId = RepId.ToString(), AssigneeId = RepId.ToString(),
        RecordType = TipRecordTypes.Opportunity, RecordId = DealId.ToString(), Title = "Stale deal",
        Message = "Contact the customer.\nDays since the last touch — You: 16 days",
    };
}
