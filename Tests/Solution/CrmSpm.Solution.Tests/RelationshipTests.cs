using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>Every CrmSpm lookup column comes with the one-to-many relationship that defines it, and only those.</summary>
public class RelationshipTests
{
    private static readonly XElement Root = Repository.Customizations.Root!;

    private static IEnumerable<(string Table, string Column)> CrmSpmLookups() =>
        Root.Element("Entities")!.Elements("Entity").SelectMany(e => e.Descendants("attribute")
            .Where(a => a.Element("Type")?.Value == "lookup" && a.Element("LogicalName")!.Value.StartsWith("crmspm_", StringComparison.Ordinal))
            .Select(a => (e.Element("Name")!.Value.ToLowerInvariant(), a.Element("LogicalName")!.Value)));

    private static IEnumerable<(string Table, string Column)> RelationshipColumns() =>
        Root.Element("EntityRelationships")!.Elements("EntityRelationship")
            .Select(r => (r.Element("ReferencingEntityName")!.Value.ToLowerInvariant(), r.Element("ReferencingAttributeName")!.Value.ToLowerInvariant()));

    [Test]
    public void EachCrmSpmLookupHasExactlyOneRelationship()
    {
        var lookups = CrmSpmLookups().ToList();
        var relationships = RelationshipColumns().ToList();

        Assert.That(lookups, Has.Count.GreaterThanOrEqualTo(3), "the rep of a scorecard, the team and profile of a model");
        Assert.That(lookups.Where(l => relationships.Count(r => r == l) != 1).Select(l => $"{l.Table}.{l.Column}"), Is.Empty);
    }

    [Test]
    public void EveryRelationshipReferencesADeclaredColumnAndAPackedOrStockTable()
    {
        var packed = Root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant()).ToHashSet();
        foreach (var relationship in Root.Element("EntityRelationships")!.Elements("EntityRelationship"))
        {
            var name = (string)relationship.Attribute("Name")!;
            var referencing = relationship.Element("ReferencingEntityName")!.Value.ToLowerInvariant();
            var referenced = relationship.Element("ReferencedEntityName")!.Value.ToLowerInvariant();
            var column = relationship.Element("ReferencingAttributeName")!.Value.ToLowerInvariant();

            Assert.That(packed.Contains(referenced) || StockMetadata.Tables.Contains(referenced), Is.True, $"{name}: {referenced}");
            Assert.That(PackedSchema.Instance.Declares(referencing, column) || StockMetadata.Declares(referencing, column), Is.True, $"{name}: {referencing}.{column}");
        }
    }
}
