using CrmSpm.Core.Model;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class TouchLogSyncTests : PluginTestBase
{
    private static readonly Guid CallId = new("44444444-4444-4444-4444-444444444444");

    [Test]
    public void Apply_DealAlreadyMatchingItsActivities_Should_ChangeNothing()
    {
        // Arrange: the step logged the call with its full instant (….250 s); the log keeps whole seconds.
        var touchedOn = Now.AddDays(-1).AddMilliseconds(250);
        var log = TouchLog.FromTouches(new[] { TouchLog.Entry(CallId, touchedOn, ActivityKind.Call, null) });
        var row = Deal();
        row[OpportunityColumns.TouchLog] = log.ToJson();
        row[OpportunityColumns.ActivityCount] = 1;
        row[OpportunityColumns.LastTouchOn] = touchedOn;
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        TouchLogSync.Apply(row, log, changes);

        // Assert
        Assert.That(changes.Attributes, Is.Empty);
    }

    [Test]
    public void Apply_LogOf250Touches_Should_KeepTheNewest200AndCountAll()
    {
        // Arrange: 250 calls, one a day, the newest yesterday; the deal's columns are empty.
        var log = TouchLog.FromTouches(Enumerable.Range(1, 250).Select(d => TouchLog.Entry(new Guid(d, 0, 0, new byte[8]), Now.AddDays(-d), ActivityKind.Call, null)));
        var row = Deal();
        var changes = new Entity(OpportunityColumns.EntityName, DealId);

        // Act
        TouchLogSync.Apply(row, log, changes);

        // Assert: count 250; the column keeps days 1..200 ago, so its oldest entry is 200 days ago.
        Assert.That(changes.GetAttributeValue<int>(OpportunityColumns.ActivityCount), Is.EqualTo(250));
        var kept = TouchLog.Read(changes.GetAttributeValue<string>(OpportunityColumns.TouchLog)).Entries;
        Assert.That((kept.Count, kept[0].On), Is.EqualTo((200, "2026-05-04T10:00:00Z")));
        Assert.That(changes.GetAttributeValue<DateTime>(OpportunityColumns.LastTouchOn), Is.EqualTo(Now.AddDays(-1)));
    }
}
