using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Tests.Unit;

/// <summary>
/// Tip writes that hold up in a real org: completed and canceled activities are read-only until reopened, statecode
/// is not valid on create, an update of a deleted row faults (and a fault inside a sync step aborts the rep's save),
/// and every text fits its column. States, statuses and lengths: Microsoft's task table reference,
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task
/// </summary>
public sealed class TipWriterTests : PluginTestBase
{
    private static readonly EntityReference Regarding = new(OpportunityColumns.EntityName, DealId);
    private static readonly EntityReference Owner = new(SystemUserColumns.EntityName, RepId);

    [Test]
    public void Raise_NewTip_Should_UpsertWithoutStateColumns()
    {
        // Act
        new TipWriter(SystemService).Raise(Tip(), Regarding, Owner, 1, existing: null);

        // Assert
        var task = ((UpsertRequest)SystemService.Executes.Single()).Target;
        Assert.That(task.Id, Is.EqualTo(TipIdentity.ForKey(Tip().Key)));
        Assert.That(task.Contains(ActivityColumns.StateCode) || task.Contains(ActivityColumns.StatusCode), Is.False);
    }

    [TestCase(ActivityState.Completed)]
    [TestCase(ActivityState.Canceled)]
    public void Raise_OnAClosedTask_Should_ReopenWithAStateOnlyUpdateBeforeWritingContent(int closedState)
    {
        // Arrange
        var existing = new ExistingTip { Id = TipIdentity.ForKey(Tip().Key), State = closedState };

        // Act
        new TipWriter(SystemService).Raise(Tip(), Regarding, Owner, 2, existing);

        // Assert: first statecode/statuscode only (Open / Not Started), then the content, answer columns cleared.
        Assert.That(CallsOf(SystemService), Is.EqualTo(new[] { "Update task", "Update task" }));
        var reopen = SystemService.Updates[0];
        Assert.That(reopen.Attributes.Keys, Is.EquivalentTo(new[] { ActivityColumns.StateCode, ActivityColumns.StatusCode }));
        Assert.That(reopen.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Open));
        Assert.That(reopen.GetAttributeValue<OptionSetValue>(ActivityColumns.StatusCode).Value, Is.EqualTo(2));
        var content = SystemService.Updates[1];
        Assert.That(content.Contains(ActivityColumns.StateCode), Is.False);
        Assert.That(content.GetAttributeValue<int>(CoachingTipColumns.ShowCount), Is.EqualTo(2));
        Assert.That(content.Contains(CoachingTipColumns.Response) && content[CoachingTipColumns.Response] == null, Is.True);
    }

    [Test]
    public void Close_TipTheRepDeleted_Should_IssueNoCall()
    {
        // Act
        var closed = new TipWriter(SystemService).Close(existing: null);

        // Assert
        Assert.That(closed, Is.False);
        Assert.That(CallsOf(SystemService), Is.Empty);
    }

    [Test]
    public void Close_OpenTip_Should_CompleteItWithAStateOnlyUpdate()
    {
        // Act
        new TipWriter(SystemService).Close(new ExistingTip { Id = TipIdentity.ForKey(Tip().Key), State = ActivityState.Open });

        // Assert
        var update = SystemService.Updates.Single();
        Assert.That(update.Attributes.Keys, Is.EquivalentTo(new[] { ActivityColumns.StateCode, ActivityColumns.StatusCode }));
        Assert.That((update.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, update.GetAttributeValue<OptionSetValue>(ActivityColumns.StatusCode).Value),
            Is.EqualTo((ActivityState.Completed, 5)));
    }

    [Test]
    public void Raise_LongTitleMessageAndLink_Should_FitTheTaskColumns()
    {
        // Arrange: a 300-character title ending in an emoji at the cut, a 5,000-character message, a 2,500-character link.
        var tip = Tip();
        tip.Title = new string('t', 198) + "😀" + new string('x', 100);
        tip.Message = new string('m', 5000);
        tip.TrainingLink = "https://example.com/" + new string('a', 2500);
        tip.Benchmark = new string('b', 300);

        // Act
        new TipWriter(SystemService).Raise(tip, Regarding, Owner, 1, existing: null);

        // Assert: subject 200, description 2,000, no half of a surrogate pair, no broken link, benchmark 200.
        var task = ((UpsertRequest)SystemService.Executes.Single()).Target;
        var subject = task.GetAttributeValue<string>(ActivityColumns.Subject);
        Assert.That(subject.Length, Is.LessThanOrEqualTo(200));
        Assert.That(subject, Does.EndWith("…"));
        Assert.That(char.IsHighSurrogate(subject[subject.Length - 2]), Is.False);
        Assert.That(task.GetAttributeValue<string>(ActivityColumns.Description).Length, Is.EqualTo(2000));
        Assert.That(task.GetAttributeValue<string>(CoachingTipColumns.TrainingLink), Is.Null);
        Assert.That(task.GetAttributeValue<string>(CoachingTipColumns.Benchmark).Length, Is.EqualTo(200));
    }

    [Test]
    public void Refresh_OpenTipWithTheSameText_Should_IssueNoCall()
    {
        // Arrange
        var tip = Tip();
        var existing = new ExistingTip
        {
            Id = TipIdentity.ForKey(tip.Key), State = ActivityState.Open, OwnerId = RepId,
            Subject = TipWriter.SubjectOf(tip), Description = TipWriter.DescriptionOf(tip),
        };

        // Act
        var written = new TipWriter(SystemService).Refresh(tip, Owner, existing);

        // Assert
        Assert.That(written, Is.False);
        Assert.That(CallsOf(SystemService), Is.Empty);
    }

    private static CoachingTip Tip() => new()
    {
        RuleId = "missing-next-step",
        Key = "missing-next-step|opportunity|" + DealId,
        Title = "Add a next step",
        Message = "Deals in Develop without a next step close less often.",
        DueOn = Now.AddDays(2),
    };
}
