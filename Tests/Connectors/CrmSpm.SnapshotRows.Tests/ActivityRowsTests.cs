extern alias plugins;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.SnapshotRows.Tests;

public class ActivityRowsTests
{
    private static readonly Guid Deal = new("00000000-0000-0000-0000-0000000000ab");
    private static readonly Guid Owner = new("00000000-0000-0000-0000-0000000000cd");

    // Row id: Python's uuid.uuid5(UUID("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19"), "call-1"), as in RowIdsTests.
    private static readonly Guid Call1 = new("6008f0f9-8972-5a90-99b4-bce894e265e2");

    [Test]
    public void AsSaved_CompletedCall_Should_BeAnOpenPhoneCallEndedWhenItWasMade()
    {
        // Act
        var row = ActivityRows.AsSaved(Completed("call-1", ActivityKind.Call), Deal);

        // Assert: statecode is not valid on create, so the completion is a separate update.
        Assert.That(row.LogicalName, Is.EqualTo(ActivityColumns.PhoneCall));
        Assert.That(row.Id, Is.EqualTo(Call1));
        Assert.That(row[ActivityColumns.Subject], Is.EqualTo("Call with the buyer"));
        Assert.That(row.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId).Id, Is.EqualTo(Deal));
        Assert.That(row.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId).LogicalName, Is.EqualTo(OpportunityColumns.EntityName));
        Assert.That(row[ActivityColumns.ActualEnd], Is.EqualTo(new DateTime(2026, 10, 3, 11, 0, 0)));
        Assert.That(row.Contains(ActivityColumns.ScheduledEnd), Is.False);
        Assert.That(row.Contains(ActivityColumns.StateCode), Is.False);
    }

    [Test]
    public void AsSaved_CompletedEmail_Should_BeAnEmailRowWithItsSubject()
    {
        // Act: the kind crosses from Core's enum to the plugin assembly's copy of it.
        var row = ActivityRows.AsSaved(Completed("email-1", ActivityKind.Email), Deal);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(ActivityColumns.Email));
        Assert.That(row[ActivityColumns.Subject], Is.EqualTo("Email follow-up"));
    }

    [Test]
    public void AsSaved_PlannedTask_Should_BeScheduledForItsDueDate()
    {
        // Arrange
        var task = new Activity { Id = "task-1", Kind = ActivityKind.Task, CreatedOn = new DateTime(2026, 10, 20), DueOn = new DateTime(2026, 10, 27), Status = ActivityStatus.Open };

        // Act
        var row = ActivityRows.AsSaved(task, Deal);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(ActivityColumns.Task));
        Assert.That(row[ActivityColumns.Subject], Is.EqualTo("Prepare the proposal"));
        Assert.That(row[ActivityColumns.ScheduledEnd], Is.EqualTo(new DateTime(2026, 10, 27)));
        Assert.That(row.Contains(ActivityColumns.ActualEnd), Is.False);
    }

    // The default status reason of each table's Completed state: phonecall 2 Made, email 2 Completed, appointment 3
    // Completed, task 5 Completed (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall,
    // .../email, .../appointment, .../task).
    [TestCase("phonecall", 2)]
    [TestCase("email", 2)]
    [TestCase("appointment", 3)]
    [TestCase("task", 5)]
    public void Completion_Table_Should_SetCompletedWithItsCompletedStatus(string table, int status)
    {
        // Act
        var row = ActivityRows.Completion(table, Call1);

        // Assert
        Assert.That(row.Id, Is.EqualTo(Call1));
        Assert.That(row.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Completed));
        Assert.That(row.GetAttributeValue<OptionSetValue>(ActivityColumns.StatusCode).Value, Is.EqualTo(status));
        Assert.That(row.Attributes.Count, Is.EqualTo(2));
    }

    [Test]
    public void AsStanding_CompletedMeeting_Should_BeOwnedCreatedAndCompleted()
    {
        // Act
        var row = ActivityRows.AsStanding(Completed("meeting-1", ActivityKind.Meeting), Deal, Owner);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(ActivityColumns.Appointment));
        Assert.That(row.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id, Is.EqualTo(Owner));
        Assert.That(row[ActivityColumns.CreatedOn], Is.EqualTo(new DateTime(2026, 10, 3, 9, 0, 0)));
        Assert.That(row[ActivityColumns.ActualEnd], Is.EqualTo(new DateTime(2026, 10, 3, 11, 0, 0)));
        Assert.That(row.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode).Value, Is.EqualTo(ActivityState.Completed));
        Assert.That(row.GetAttributeValue<OptionSetValue>(ActivityColumns.StatusCode).Value, Is.EqualTo(3));
    }

    [Test]
    public void AsStanding_OpenTask_Should_StayOpen()
    {
        // Arrange
        var task = new Activity { Id = "task-1", Kind = ActivityKind.Task, CreatedOn = new DateTime(2026, 10, 20), DueOn = new DateTime(2026, 10, 27), Status = ActivityStatus.Open };

        // Act
        var row = ActivityRows.AsStanding(task, Deal, Owner);

        // Assert
        Assert.That(row.Contains(ActivityColumns.StateCode), Is.False);
        Assert.That(row[ActivityColumns.ScheduledEnd], Is.EqualTo(new DateTime(2026, 10, 27)));
    }

    private static Activity Completed(string id, ActivityKind kind) => new()
    {
        Id = id, Kind = kind, CreatedOn = new DateTime(2026, 10, 3, 9, 0, 0), CompletedOn = new DateTime(2026, 10, 3, 11, 0, 0), Status = ActivityStatus.Completed,
    };
}
