using CrmSpm.Core.Model;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class ActivityTablesTests : PluginTestBase
{
    // The activity tables of https://learn.microsoft.com/power-apps/developer/data-platform/activity-entities
    [TestCase(ActivityKind.Call, "phonecall")]
    [TestCase(ActivityKind.Email, "email")]
    [TestCase(ActivityKind.Meeting, "appointment")]
    [TestCase(ActivityKind.Task, "task")]
    public void TableOfAndKindOf_EveryKind_Should_RoundTrip(ActivityKind kind, string table)
    {
        // Act / Assert
        Assert.That(ActivityTables.TableOf(kind), Is.EqualTo(table));
        Assert.That(ActivityTables.KindOf(table), Is.EqualTo(kind));
    }

    [Test]
    public void KindOf_AnotherActivityTable_Should_BeATask()
    {
        // Act / Assert: a letter or fax still counts as a touch, of the generic kind.
        Assert.That(ActivityTables.KindOf("letter"), Is.EqualTo(ActivityKind.Task));
    }
}
