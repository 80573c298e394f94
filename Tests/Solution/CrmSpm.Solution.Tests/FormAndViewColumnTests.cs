using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// Every column a form or view shows, sorts or filters on exists on its table: declared by the solution, or a stock
/// column of Microsoft's table reference (StockMetadata). A view or form naming a missing column fails the import.
/// </summary>
public class FormAndViewColumnTests
{
    private static readonly XElement[] Entities = Repository.Customizations.Root!.Element("Entities")!.Elements("Entity").ToArray();

    private static bool Exists(string table, string column) => PackedSchema.Instance.Declares(table, column) || StockMetadata.Declares(table, column);

    private static string TableOf(XElement entity) => entity.Element("Name")!.Value.ToLowerInvariant();

    [Test]
    public void EveryViewNamesColumnsOfItsTable()
    {
        var missing = new List<string>();
        foreach (var entity in Entities)
        {
            var table = TableOf(entity);
            foreach (var view in entity.Descendants("savedquery"))
            {
                var fetch = view.Element("fetchxml")!.Element("fetch")!.Element("entity")!;
                var columns = fetch.Elements("attribute").Select(a => (string)a.Attribute("name")!)
                    .Concat(fetch.Elements("order").Select(o => (string)o.Attribute("attribute")!))
                    .Concat(fetch.Descendants("condition").Where(c => !c.Ancestors("link-entity").Any()).Select(c => (string)c.Attribute("attribute")!))
                    .Concat(view.Descendants("cell").Select(c => (string)c.Attribute("name")!))
                    .Concat(view.Descendants("grid").Select(g => (string?)g.Attribute("jump")).OfType<string>());
                Assert.That((string)fetch.Attribute("name")!, Is.EqualTo(table), view.Element("savedqueryid")!.Value);
                missing.AddRange(columns.Where(c => !Exists(table, c)).Select(c => $"{table} view {view.Element("savedqueryid")!.Value}: {c}"));
            }
        }

        Assert.That(Entities.SelectMany(e => e.Descendants("savedquery")), Is.Not.Empty);
        Assert.That(missing.Distinct(), Is.Empty);
    }

    [Test]
    public void EveryFormFieldIsAColumnOfItsTable()
    {
        var missing = new List<string>();
        foreach (var entity in Entities)
        {
            var table = TableOf(entity);
            var fields = entity.Descendants("systemform").Descendants("control").Select(c => (string?)c.Attribute("datafieldname")).OfType<string>();
            missing.AddRange(fields.Where(f => !Exists(table, f)).Select(f => $"{table}: {f}"));
        }

        Assert.That(Entities.SelectMany(e => e.Descendants("systemform")), Is.Not.Empty);
        Assert.That(missing.Distinct(), Is.Empty);
    }

    [Test]
    public void TheCheckKnowsStockAndCustomColumns()
    {
        Assert.That(Exists("opportunity", "estimatedvalue"), Is.True);
        Assert.That(Exists("opportunity", "crmspm_nextstep"), Is.True);
        Assert.That(Exists("opportunity", "crmspm_nosuchcolumn"), Is.False);
        Assert.That(Exists("crmspm_scorecard", "estimatedvalue"), Is.False);
        Assert.That(StockMetadata.MaxLengthOf("post", "text"), Is.EqualTo(2000), "the plugins' stock max lengths are checked against this");
    }
}
