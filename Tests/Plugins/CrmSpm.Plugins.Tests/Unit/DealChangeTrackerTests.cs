using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class DealChangeTrackerTests : PluginTestBase
{
    [Test]
    public void Track_StageMovedForward_Should_AppendHistoryAndStampTheEntry()
    {
        // Arrange
        var before = Deal(stage: "Develop");
        var after = Deal(stage: "Propose");
        after[OpportunityColumns.StageHistory] = JsonColumn.Write(new List<StageEntry> { new() { Stage = "Develop", EnteredOn = "2026-11-01T00:00:00Z" } });
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(before, after, Now, changes, Stages);

        // Assert
        Assert.That(changes.GetAttributeValue<string>(OpportunityColumns.StageHistory),
            Is.EqualTo("[{\"stage\":\"Develop\",\"enteredOn\":\"2026-11-01T00:00:00Z\"},{\"stage\":\"Propose\",\"enteredOn\":\"2026-11-20T10:00:00Z\"}]"));
        Assert.That(changes.GetAttributeValue<DateTime?>(OpportunityColumns.StageEnteredOn), Is.EqualTo(Now));
    }

    [Test]
    public void Track_CloseDateMovedLater_Should_CountOnePush()
    {
        // Arrange: the deal was already pushed twice.
        var before = Deal();
        var after = Deal();
        after[OpportunityColumns.EstimatedCloseDate] = Now.AddDays(45);
        after[OpportunityColumns.ClosedatePushCount] = 2;
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(before, after, Now, changes, Stages);

        // Assert: 2 earlier pushes + this one.
        Assert.That(changes.GetAttributeValue<int>(OpportunityColumns.ClosedatePushCount), Is.EqualTo(3));
        Assert.That(changes.Contains(OpportunityColumns.StageHistory), Is.False);
    }

    [Test]
    public void Track_CloseDateMovedEarlier_Should_NotCountAPush()
    {
        // Arrange
        var before = Deal();
        var after = Deal();
        after[OpportunityColumns.EstimatedCloseDate] = Now.AddDays(10);
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(before, after, Now, changes, Stages);

        // Assert
        Assert.That(changes.Attributes, Is.Empty);
    }

    [Test]
    public void Track_Create_Should_StartTheHistoryAtTheFirstStageOnTheCreationDate()
    {
        // Arrange: Deal() was created 3 days before Now (2026-11-17T10:00Z), e.g. imported with overriddencreatedon.
        var after = Deal(stage: "Qualify");
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(null, after, Now, changes, Stages);

        // Assert
        Assert.That(changes.GetAttributeValue<string>(OpportunityColumns.StageHistory),
            Is.EqualTo("[{\"stage\":\"Qualify\",\"enteredOn\":\"2026-11-17T10:00:00Z\"}]"));
    }

    [Test]
    public void Track_CreateAtALaterStage_Should_RecordOnlyThatStageFromCreation()
    {
        // Arrange: created directly at Propose (the default profile's third stage) 5 days ago.
        var after = Deal(stage: "Propose", createdDaysAgo: 5);
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(null, after, Now, changes, Stages);

        // Assert: no zero-day Qualify or Develop entries, and Propose entered at creation (2026-11-15T10:00Z), not before.
        Assert.That(changes.GetAttributeValue<string>(OpportunityColumns.StageHistory),
            Is.EqualTo("[{\"stage\":\"Propose\",\"enteredOn\":\"2026-11-15T10:00:00Z\"}]"));
        Assert.That(changes.GetAttributeValue<DateTime?>(OpportunityColumns.StageEnteredOn), Is.EqualTo(new DateTime(2026, 11, 15, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Track_CreateAtALaterStage_Should_GiveCoreOneSegmentFromCreation()
    {
        // Arrange: created at Propose 5 days ago; Core reads the row as the plugins map it.
        var after = Deal(stage: "Propose", createdDaysAgo: 5);
        DealChangeTracker.Track(null, after, Now, new Entity(OpportunityColumns.EntityName, DealId), Stages);

        // Act
        var facts = new CrmSpm.Core.Scoring.DealFactsBuilder(CrmSpm.Core.Profile.ScoringProfile.Default).Build(OpportunityMapper.ToCore(after, Stages), null, Now);

        // Assert: one segment, Propose, 5 days (Now − creation), the current one.
        Assert.That(facts.Segments.Select(s => (s.Stage, s.Days)), Is.EqualTo(new[] { ("Propose", 5.0) }));
    }

    [Test]
    public void Track_CreateWithAFutureOrMissingCreationDate_Should_DateTheStageByTheEvent()
    {
        // Arrange: a createdon after the event is not believable; a missing one is unknown.
        var future = Deal(stage: "Propose");
        future[OpportunityColumns.CreatedOn] = Now.AddDays(2);
        var missing = Deal(stage: "Propose");
        missing.Attributes.Remove(OpportunityColumns.CreatedOn);

        // Act
        var fromFuture = DealChangeTracker.EnteredOn(isCreate: true, future, Now);
        var fromMissing = DealChangeTracker.EnteredOn(isCreate: true, missing, Now);
        var fromUpdate = DealChangeTracker.EnteredOn(isCreate: false, Deal(stage: "Propose"), Now);

        // Assert: all three are the event's time.
        Assert.That(new[] { fromFuture, fromMissing, fromUpdate }, Is.EqualTo(new[] { Now, Now, Now }));
    }

    [Test]
    public void Track_HistoryColumnHoldsGarbage_Should_StartAFreshHistory()
    {
        // Arrange
        var before = Deal(stage: "Develop");
        var after = Deal(stage: "Close");
        after[OpportunityColumns.StageHistory] = "<not json>";
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(before, after, Now, changes, Stages);

        // Assert
        Assert.That(changes.GetAttributeValue<string>(OpportunityColumns.StageHistory),
            Is.EqualTo("[{\"stage\":\"Close\",\"enteredOn\":\"2026-11-20T10:00:00Z\"}]"));
    }
}
