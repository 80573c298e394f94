using CrmSpm.Core.Coaching.Reinforcement;

namespace CrmSpm.Core.Tests.Coaching;

public class ReinforcementScheduleTests : CoreTestBase
{
    private readonly ReinforcementSchedule schedule = new ReinforcementSchedule(new[] { 2, 7, 21 });

    private static DateTime Day(double day) => Now.AddDays(day);

    [Test]
    public void Decide_RecurringBehaviour_Should_ReturnAfterGrowingIntervals()
    {
        // Arrange / Act: shown on day 0, cleared day 1; the behaviour keeps coming back.
        var shown = schedule.Decide("k", null, true, Day(0));
        var whileOpen = schedule.Decide("k", shown.State, true, Day(0.5));
        var cleared = schedule.Decide("k", whileOpen.State, false, Day(1));
        var tooSoon = schedule.Decide("k", cleared.State, true, Day(1.5));   // due day 0 + 2
        var second = schedule.Decide("k", tooSoon.State, true, Day(2));
        var cleared2 = schedule.Decide("k", second.State, false, Day(3));
        var tooSoon2 = schedule.Decide("k", cleared2.State, true, Day(5));   // due day 2 + 7
        var third = schedule.Decide("k", tooSoon2.State, true, Day(9));
        var cleared3 = schedule.Decide("k", third.State, false, Day(10));
        var tooSoon3 = schedule.Decide("k", cleared3.State, true, Day(20));  // due day 9 + 21
        var fourth = schedule.Decide("k", tooSoon3.State, true, Day(30));

        // Assert
        Assert.That(shown.ShowNow, Is.True);
        Assert.That(shown.State.ShowCount, Is.EqualTo(1));
        Assert.That(whileOpen.ShowNow, Is.False, "an open tip is not shown again every day");
        Assert.That(cleared.State.IsOpen, Is.False);
        Assert.That(tooSoon.ShowNow, Is.False);
        Assert.That(tooSoon.NextShowOn, Is.EqualTo(Day(2)));
        Assert.That(second.ShowNow, Is.True);
        Assert.That(tooSoon2.NextShowOn, Is.EqualTo(Day(9)));
        Assert.That(third.ShowNow, Is.True);
        Assert.That(tooSoon3.NextShowOn, Is.EqualTo(Day(30)));
        Assert.That(fourth.ShowNow, Is.True);
        Assert.That(fourth.State.ShowCount, Is.EqualTo(4));
        Assert.That(schedule.IntervalAfter(10), Is.EqualTo(21), "the last interval repeats");
    }

    [Test]
    public void Decide_Should_NotModifyTheCallersState()
    {
        // Arrange
        var state = new TipShowState { Key = "k", ShowCount = 1, LastShownOn = Day(0), IsOpen = true };

        // Act
        schedule.Decide("k", state, false, Day(1));

        // Assert
        Assert.That(state.IsOpen, Is.True);
    }

    [Test]
    public void Close_ByTheRep_Should_LetTheTipReturnOnSchedule()
    {
        // Arrange
        var shown = schedule.Decide("k", null, true, Day(0));

        // Act
        var closed = schedule.Close(shown.State, Day(0.2));
        var back = schedule.Decide("k", closed, true, Day(2));

        // Assert
        Assert.That(back.ShowNow, Is.True);
        Assert.That(back.State.ShowCount, Is.EqualTo(2));
    }
}
