using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.Mirror;
using CrmSpm.Salesforce.Sync.State;

namespace CrmSpm.Salesforce.Tests.Sync;

public sealed class ResponseRecorderTests : SalesforceTestBase
{
    private const string Key = "past-due-close-date|opportunity|006A";

    private readonly ResponseRecorder _recorder = new(new ReinforcementSchedule(new[] { 2, 7, 21 }));

    private static Dictionary<string, TipState> OpenTip() => new()
    {
        [Key] = new TipState { Key = Key, TaskId = "00TA", ShowCount = 1, IsOpen = true, LastShownOn = Now.AddDays(-2) },
    };

    private static OrgMirror MirrorWith(CoachingTaskRow row)
    {
        var mirror = new OrgMirror();
        mirror.CoachingTasks[row.Key] = row;
        return mirror;
    }

    private static CoachingTaskRow Row(bool deleted = false, bool closed = false, string? response = null, DateTimeOffset? snoozedUntil = null,
        string? closedReason = null, DateTimeOffset? modstamp = null) =>
        new("00TA", Key, deleted, closed, response, null, snoozedUntil, closedReason, modstamp ?? Now.AddDays(-1));

    [Test]
    public void Record_SnoozedUntilFriday_Should_KeepTheTipOpenButHidden()
    {
        // Arrange
        var tips = OpenTip();

        // Act
        var responses = _recorder.Record(MirrorWith(Row(response: "Snoozed", snoozedUntil: Now.AddDays(3))), tips, Now);

        // Assert
        Assert.That(responses.Single().Response, Is.EqualTo("Snoozed"));
        Assert.That((tips[Key].IsOpen, tips[Key].SnoozedUntil), Is.EqualTo((true, (DateTimeOffset?)Now.AddDays(3))));
    }

    [Test]
    public void Record_SameSnoozeSeenTwice_Should_CountOnce()
    {
        // Arrange
        var tips = OpenTip();
        var mirror = MirrorWith(Row(response: "Snoozed", snoozedUntil: Now.AddDays(3)));

        // Act
        var first = _recorder.Record(mirror, tips, Now);
        var second = _recorder.Record(mirror, tips, Now.AddHours(1));

        // Assert
        Assert.That((first.Count, second.Count), Is.EqualTo((1, 0)));
    }

    [Test]
    public void Record_TaskDeleted_Should_CountAsDismissed()
    {
        // Arrange
        var tips = OpenTip();

        // Act
        var response = _recorder.Record(MirrorWith(Row(deleted: true)), tips, Now).Single();

        // Assert
        Assert.That((response.Response, response.Reason, tips[Key].IsOpen), Is.EqualTo(("Dismissed", "task deleted", false)));
    }

    [Test]
    public void Record_TaskWeClosedOurselves_Should_NotBeAnAnswer()
    {
        // Act
        var responses = _recorder.Record(MirrorWith(Row(closed: true, closedReason: "Cleared")), OpenTip(), Now);

        // Assert
        Assert.That(responses, Is.Empty);
    }

    [Test]
    public void Record_RowOlderThanTheLastShowing_Should_BeIgnored()
    {
        // Arrange: the mirror still holds the task as the rep closed it last week, before we reopened it.
        var tips = OpenTip();

        // Act
        var responses = _recorder.Record(MirrorWith(Row(closed: true, modstamp: Now.AddDays(-7))), tips, Now);

        // Assert
        Assert.That(responses, Is.Empty);
        Assert.That(tips[Key].IsOpen, Is.True);
    }

    [Test]
    public void Record_TaskWithoutState_Should_BeAdoptedNotDuplicated()
    {
        // Arrange: the state was lost (or the run that wrote the task was killed before saving).
        var tips = new Dictionary<string, TipState>();

        // Act
        _recorder.Record(MirrorWith(Row()), tips, Now);

        // Assert
        Assert.That((tips[Key].TaskId, tips[Key].IsOpen), Is.EqualTo(("00TA", true)));
    }
}
