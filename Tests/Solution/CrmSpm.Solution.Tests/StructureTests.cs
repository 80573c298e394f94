using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>The package is complete and consistent: what is referenced is there, nothing is there twice.</summary>
public class StructureTests
{
    private static readonly XElement Root = Repository.Customizations.Root!;

    private static ISet<string> WebResourceNames() =>
        Root.Element("WebResources")!.Elements("WebResource").Select(w => w.Element("Name")!.Value).ToHashSet(StringComparer.Ordinal);

    [Test]
    public void EveryWebResourceAFormOrTheSiteMapReferencesIsPacked()
    {
        var names = WebResourceNames();
        var referenced = Root.Descendants("Library").Select(l => (string)l.Attribute("name")!)
            .Concat(Root.Descendants("Handler").Select(h => (string)h.Attribute("libraryName")!))
            .Concat(Root.Descendants("control").Elements("parameters").Elements("Url").Select(u => u.Value))
            .Concat(Root.Descendants("SubArea").Select(s => (string?)s.Attribute("Url")).OfType<string>()
                .Where(u => u.StartsWith("$webresource:", StringComparison.Ordinal)).Select(u => u["$webresource:".Length..]))
            .ToList();

        Assert.That(referenced, Is.Not.Empty);
        Assert.That(referenced.Where(r => !names.Contains(r)), Is.Empty);
    }

    [Test]
    public void TheAppIconIsAPackedWebResource()
    {
        var ids = Root.Element("WebResources")!.Elements("WebResource").Select(w => w.Element("WebResourceId")!.Value).ToHashSet();

        Assert.That(ids, Does.Contain(Root.Element("AppModules")!.Element("AppModule")!.Element("WebResourceId")!.Value));
    }

    [Test]
    public void EveryFileAPageOrScriptLoadsIsPacked()
    {
        // <script src>, <link href> and `import … from "…"` are relative to the web resource's own name.
        var names = WebResourceNames();
        var missing = new List<string>();
        foreach (var name in names.Where(n => n.EndsWith(".html", StringComparison.Ordinal) || n.EndsWith(".js", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Shipped.PathOf(name));
            var refs = Regex.Matches(text, "(?:src|href)=\"([^\"]+\\.(?:js|css))\"|from \"(\\.[^\"]+)\"|import \"(\\.[^\"]+)\"")
                .Select(m => m.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value);
            foreach (var reference in refs)
            {
                var resolved = new Uri(new Uri("https://x/" + name), reference).AbsolutePath.TrimStart('/');
                if (!names.Contains(resolved)) missing.Add($"{name} -> {resolved}");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryShippedWebResourceIsDeclaredAndEveryDeclaredOneShipped()
    {
        // Shipped: what `npm run build --prefix WebResources` writes to WebResources/dist; the app icon lives beside its .data.xml.
        var declared = WebResourceNames().Where(n => n != "crmspm_/icons/app.svg");

        Assert.That(Shipped.Names(), Is.EquivalentTo(declared));
    }

    [Test]
    public void NoSourceModuleIsDeclared()
    {
        // The shared modules are bundled into each page, never deployed alone.
        Assert.That(WebResourceNames().Where(n => n.StartsWith("crmspm_/shared/", StringComparison.Ordinal)), Is.Empty);
        Assert.That(WebResourceNames(), Does.Contain("crmspm_/forms/panelHost.js"));
    }

    [Test]
    public void AnHtmlPagesDependenciesListWhatItLoads()
    {
        foreach (var resource in Root.Element("WebResources")!.Elements("WebResource").Where(w => w.Element("WebResourceType")!.Value == "1"))
        {
            var name = resource.Element("Name")!.Value;
            var declared = XElement.Parse(resource.Element("DependencyXml")!.Value).Descendants("Library").Select(l => (string)l.Attribute("name")!);
            var loaded = Regex.Matches(File.ReadAllText(Shipped.PathOf(name)), "(?:src|href)=\"([^\"]+\\.(?:js|css))\"")
                .Select(m => new Uri(new Uri("https://x/" + name), m.Groups[1].Value).AbsolutePath.TrimStart('/'));

            Assert.That(declared, Is.EquivalentTo(loaded), name);
        }
    }

    [Test]
    public void NoComponentIsThereTwice()
    {
        var ids = Root.Descendants().Where(e => e.Name.LocalName is "formid" or "savedqueryid" or "SdkMessageProcessingStepImageId"
                || (e.Name.LocalName == "WebResourceId" && e.Parent!.Name == "WebResource"))
            .Select(e => e.Value.Trim('{', '}').ToLowerInvariant())
            .Concat(Root.Descendants().Attributes().Where(a => a.Name.LocalName is "SdkMessageProcessingStepId" or "PluginTypeId" or "PluginAssemblyId")
                .Select(a => a.Value.Trim('{', '}').ToLowerInvariant()))
            .Concat(Root.Element("Roles")!.Elements("Role").Select(r => ((string)r.Attribute("id")!).Trim('{', '}').ToLowerInvariant()));
        var names = WebResourceNames().Concat(Root.Element("Roles")!.Elements("Role").Select(r => (string)r.Attribute("name")!))
            .Concat(Root.Descendants("EntityRelationship").Select(r => (string)r.Attribute("Name")!))
            .Concat(Root.Descendants("SdkMessageProcessingStep").Select(s => (string)s.Attribute("Name")!))
            .Concat(Root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value));
        var columns = Root.Element("Entities")!.Elements("Entity")
            .SelectMany(e => e.Elements("EntityInfo").Descendants("attribute").Select(a => e.Element("Name")!.Value + "." + a.Element("LogicalName")!.Value));

        Assert.That(Duplicates(ids), Is.Empty, "ids");
        Assert.That(Duplicates(names), Is.Empty, "names");
        Assert.That(Duplicates(columns), Is.Empty, "columns");
    }

    [Test]
    public void ChoiceValuesAreInThePublishersOptionValueRange()
    {
        // Options of a publisher's choices start at CustomizationOptionValuePrefix × 10,000 and use 10,000 values:
        // https://learn.microsoft.com/power-apps/maker/data-platform/create-solution#solution-publisher
        var prefix = int.Parse(CrmSpm.SolutionPacker.CrmSpmSolution.SolutionManifest(true).Descendants("CustomizationOptionValuePrefix").Single().Value);
        var options = Root.Descendants("optionset").Where(o => (string?)o.Element("OptionSetType") == "picklist")
            .SelectMany(o => o.Descendants("option").Select(v => (Set: (string)o.Attribute("Name")!, Value: (int)v.Attribute("value")!)))
            .ToList();

        Assert.That(options, Is.Not.Empty);
        Assert.That(options.Where(o => o.Value < prefix * 10000 || o.Value > prefix * 10000 + 9999), Is.Empty);
    }

    [Test]
    public void TheScorecardIsAudited()
    {
        var scorecard = Root.Descendants("entity").Single(e => (string)e.Attribute("Name")! == "crmspm_Scorecard");
        var unaudited = scorecard.Element("attributes")!.Elements("attribute")
            .Where(a => a.Element("LogicalName")!.Value.StartsWith("crmspm_", StringComparison.Ordinal) && a.Element("Type")!.Value != "primarykey")
            .Where(a => a.Element("IsAuditEnabled")?.Value != "1")
            .Select(a => a.Element("LogicalName")!.Value);

        // Auditing records a change only where both the table and the column are audited
        // (https://learn.microsoft.com/power-apps/developer/data-platform/auditing/configure).
        Assert.That(scorecard.Element("IsAuditEnabled")!.Value, Is.EqualTo("1"));
        Assert.That(unaudited, Is.Empty);
    }

    [Test]
    public void TablesThePluginsUpsertByKeyHaveThatAlternateKey()
    {
        Assert.That(PackedSchema.Instance.Tables["crmspm_scorecard"].Keys, Has.One.EqualTo(new[] { CrmSpm.Plugins.Model.ScorecardColumns.Key }));
        Assert.That(PackedSchema.Instance.Tables["crmspm_modelstate"].Keys, Has.One.EqualTo(new[] { CrmSpm.Plugins.Model.ModelStateColumns.TeamKey }));
    }

    [Test]
    public void OwnershipIsWhatEachTableNeeds()
    {
        // A rep owns their scorecard (User depth); the profile and the team models belong to the organization.
        Assert.That(PackedSchema.Instance.Tables["crmspm_scorecard"].Ownership, Is.EqualTo("UserOwned"));
        Assert.That(PackedSchema.Instance.Tables["crmspm_scoringprofile"].Ownership, Is.EqualTo("OrgOwned"));
        Assert.That(PackedSchema.Instance.Tables["crmspm_modelstate"].Ownership, Is.EqualTo("OrgOwned"));
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
}
