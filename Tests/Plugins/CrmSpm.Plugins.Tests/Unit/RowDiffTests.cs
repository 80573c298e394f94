using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RowDiffTests : PluginTestBase
{
    private static readonly Guid StoredId = new("44444444-4444-4444-4444-444444444444");

    [Test]
    public void Changes_SameValuesInOtherInstances_Should_WriteNothing()
    {
        // Arrange: what the store returns (other objects, 0.50 with another scale, an empty string read back as absent).
        var desired = Card(0.5m, "");
        var stored = Card(0.50m, null);
        stored.Id = StoredId;

        // Act / Assert
        Assert.That(RowDiff.Changes(desired, stored), Is.Null);
    }

    [Test]
    public void Changes_OneScoreMoved_Should_UpdateOnlyThatColumnOfTheStoredRow()
    {
        // Arrange
        var stored = Card(0.5m, "Next steps");
        stored.Id = StoredId;

        // Act
        var changes = RowDiff.Changes(Card(0.625m, "Next steps"), stored);

        // Assert
        Assert.That(changes!.Id, Is.EqualTo(StoredId));
        Assert.That(changes.Attributes.Select(a => (a.Key, a.Value)), Is.EqualTo(new[] { (ScorecardColumns.AdoptionScore, (object)0.625m) }));
    }

    [Test]
    public void Changes_NoStoredRow_Should_UpsertTheWholeRowByItsKey()
    {
        // Arrange
        var desired = Card(0.5m, "Next steps");

        // Act / Assert
        Assert.That(RowDiff.Changes(desired, null), Is.SameAs(desired));
    }

    private static Entity Card(decimal adoption, string? gap)
    {
        var row = new Entity(ScorecardColumns.EntityName, ScorecardColumns.Key, RepId + "|2026-11")
        {
            [ScorecardColumns.AdoptionScore] = adoption,
            [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, RepId),
            [ScorecardColumns.Tier] = new OptionSetValue(TierChoice.B),
            [ScorecardColumns.WonAmount] = new Money(1200m),
            [ScorecardColumns.WonCount] = 3,
        };
        if (gap != null)
        {
            row[ScorecardColumns.LargestGap] = gap;
        }

        return row;
    }
}
