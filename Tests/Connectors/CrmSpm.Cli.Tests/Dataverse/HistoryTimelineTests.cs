using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Tests.Dataverse;

public class HistoryTimelineTests : CliTestBase
{
    [Test]
    public void Build_TinyOrg_Should_ListEveryEventOldestFirst()
    {
        // Act
        var events = HistoryTimeline.Build(TinyOrg());

        // Assert: the dates of TinyOrg in order; on 3 Oct the next step follows the call it came out of.
        var expected = new (DateTime, ReplayEventKind, string)[]
        {
            (At(10, 1), ReplayEventKind.DealCreated, "opp-1"),
            (At(10, 3), ReplayEventKind.ActivityCompleted, "opp-1"),
            (At(10, 3), ReplayEventKind.NextStepSet, "opp-1"),
            (At(10, 5), ReplayEventKind.DealCreated, "opp-2"),
            (At(10, 7), ReplayEventKind.ActivityCompleted, "opp-2"),
            (At(10, 10), ReplayEventKind.ActivityCompleted, "opp-1"),
            (At(10, 12), ReplayEventKind.StageChanged, "opp-1"),
            (At(10, 20), ReplayEventKind.DealWon, "opp-1"),
            (At(10, 25), ReplayEventKind.StageChanged, "opp-2"),
            (At(10, 30), ReplayEventKind.CloseDatePushed, "opp-2"),
            (At(11, 12), ReplayEventKind.ActivityCompleted, "opp-2"),
        };
        Assert.That(events.Select(e => (e.When, e.Kind, e.Deal.Id)), Is.EqualTo(expected));
    }

    [Test]
    public void EventsOf_DealCreated_Should_StartAtTheFirstStageWithTheFirstCloseDate()
    {
        // Arrange
        var open = TinyOrg().Opportunities[1];

        // Act
        var created = HistoryTimeline.EventsOf(open, 0, Array.Empty<Activity>()).First();

        // Assert: Qualify (the deal is at Develop now), and the close date before its only push (1 Nov, not 10 Nov).
        Assert.That((created.Kind, created.Stage), Is.EqualTo((ReplayEventKind.DealCreated, "Qualify")));
        Assert.That(HistoryTimeline.FirstCloseDate(open), Is.EqualTo(new DateTime(2026, 11, 1)));
    }

    [Test]
    public void EventsOf_NextStepWithoutAnyConversation_Should_GoIntoTheCreate()
    {
        // Arrange: a deal with a next step and no completed activity.
        var deal = new Opportunity { Id = "opp-9", OwnerId = "rep-0001", Stage = "Qualify", CreatedOn = At(11, 1), NextStep = "Call back" };

        // Act
        var events = HistoryTimeline.EventsOf(deal, 0, Array.Empty<Activity>()).ToList();

        // Assert
        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { ReplayEventKind.DealCreated }));
        Assert.That(events[0].WithNextStep, Is.True);
    }

    [Test]
    public void EventsOf_PlannedTask_Should_ComeLastAsAPlanNotATouch()
    {
        // Arrange
        var deal = new Opportunity { Id = "opp-9", OwnerId = "rep-0001", Stage = "Qualify", CreatedOn = At(11, 1) };
        var planned = new Activity { Id = "t-1", Kind = ActivityKind.Task, RegardingOpportunityId = "opp-9", CreatedOn = At(11, 14), DueOn = At(11, 20), Status = ActivityStatus.Open };

        // Act
        var kinds = HistoryTimeline.EventsOf(deal, 0, new[] { planned }).Select(e => e.Kind);

        // Assert
        Assert.That(kinds, Is.EqualTo(new[] { ReplayEventKind.DealCreated, ReplayEventKind.TaskPlanned }));
    }
}
