using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class TipPlannerTests : PluginTestBase
{
    private static readonly string StaleKey = TipKeys.ForDeal(RuleIds.StaleDeal, DealId.ToString());

    [Test]
    public void Plan_NewTip_Should_RaiseItWithShowCountOne()
    {
        // Arrange
        var state = new List<TipStateEntry>();

        // Act
        var plan = Planner().Plan(state, Verdict(tips: StaleTip()), Now);

        // Assert
        Assert.That(plan.ToRaise.Select(r => r.Value), Is.EqualTo(new[] { 1 }));
        Assert.That(state.Single().Open, Is.True);
    }

    [Test]
    public void Plan_AnsweredTipBackAfterOneDay_Should_WaitForTheTwoDayInterval()
    {
        // Arrange: shown once, answered; the first interval of 2, 7, 21 days is 2 days.
        var state = new List<TipStateEntry> { Answered(shows: 1, lastShownDaysAgo: 1) };

        // Act
        var plan = Planner().Plan(state, Verdict(tips: StaleTip()), Now);

        // Assert
        Assert.That(plan.IsEmpty, Is.True);
    }

    [Test]
    public void Plan_AnsweredTipBackAfterThreeDays_Should_ReturnAsTheSecondShowing()
    {
        // Arrange
        var state = new List<TipStateEntry> { Answered(shows: 1, lastShownDaysAgo: 3) };

        // Act
        var plan = Planner().Plan(state, Verdict(tips: StaleTip()), Now);

        // Assert
        Assert.That(plan.ToRaise.Single().Value, Is.EqualTo(2));
    }

    [Test]
    public void Plan_SecondShowingBackAfterThreeDays_Should_WaitForTheSevenDayInterval()
    {
        // Arrange: after the second showing the interval grows to 7 days.
        var state = new List<TipStateEntry> { Answered(shows: 2, lastShownDaysAgo: 3) };

        // Act
        var plan = Planner().Plan(state, Verdict(tips: StaleTip()), Now);

        // Assert
        Assert.That(plan.IsEmpty, Is.True);
    }

    [Test]
    public void Plan_OpenTipWhoseConditionCleared_Should_CloseIt()
    {
        // Arrange
        var state = new List<TipStateEntry> { new() { RuleId = RuleIds.StaleDeal, Open = true, Shows = 1, LastShownOn = "2026-11-18T10:00:00Z" } };

        // Act
        var plan = Planner().Plan(state, Verdict(cleared: StaleKey), Now);

        // Assert
        Assert.That(plan.ToClose, Is.EqualTo(new[] { StaleKey }));
        Assert.That(state.Single().Outcome, Is.EqualTo(TipOutcomes.Cleared));
    }

    private static TipPlanner Planner() => new(new[] { 2, 7, 21 });

    private static TipStateEntry Answered(int shows, int lastShownDaysAgo) => new()
    {
        RuleId = RuleIds.StaleDeal, Open = false, Shows = shows, Outcome = TipOutcomes.Dismissed,
        LastShownOn = IsoDate.Write(Now.AddDays(-lastShownDaysAgo)), ClosedOn = IsoDate.Write(Now.AddDays(-lastShownDaysAgo)),
    };

    private static CoachingTip StaleTip() => new() { Key = StaleKey, RuleId = RuleIds.StaleDeal };

    private static DealCoachingResult Verdict(CoachingTip? tips = null, string? cleared = null) => new()
    {
        Tips = tips == null ? Array.Empty<CoachingTip>() : new[] { tips },
        ClearedKeys = cleared == null ? Array.Empty<string>() : new[] { cleared },
    };
}
