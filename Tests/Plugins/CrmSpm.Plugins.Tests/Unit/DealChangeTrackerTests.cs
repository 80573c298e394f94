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
    public void Track_Create_Should_StartTheHistoryAtTheFirstStage()
    {
        // Arrange
        var after = Deal(stage: "Qualify");
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        DealChangeTracker.Track(null, after, Now, changes, Stages);

        // Assert
        Assert.That(changes.GetAttributeValue<string>(OpportunityColumns.StageHistory),
            Is.EqualTo("[{\"stage\":\"Qualify\",\"enteredOn\":\"2026-11-20T10:00:00Z\"}]"));
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
