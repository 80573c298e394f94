using System.Xml.Linq;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// solution.xml's RootComponents list exactly the top-level components customizations.xml carries, as Dataverse
/// exports them: what is not a root component is neither imported as part of the solution nor removed on uninstall.
/// Component type codes: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent
/// </summary>
public class RootComponentTests
{
    private static readonly XElement Root = Repository.Customizations.Root!;

    private static readonly (int Type, string Key, int Behavior)[] Roots = CrmSpmSolution.SolutionManifest(true).Root!
        .Element("SolutionManifest")!.Element("RootComponents")!.Elements("RootComponent")
        .Select(r => ((int)r.Attribute("type")!, ((string?)r.Attribute("schemaName") ?? (string)r.Attribute("id")!).Trim('{', '}').ToLowerInvariant(),
            (int)r.Attribute("behavior")!))
        .ToArray();

    private static IEnumerable<string> RootsOf(int type) => Roots.Where(r => r.Type == type).Select(r => r.Key);

    private static string Id(string value) => value.Trim('{', '}').ToLowerInvariant();

    [Test]
    public void EveryTableIsARootCustomTablesWithAllTheirPartsStockTablesWithOnlyOurs()
    {
        // Behavior 0 includes the table's subcomponents; 1 ("do not include subcomponents") carries only the columns and
        // forms customizations.xml lists, so a stock table's own columns and forms are never overwritten.
        var tables = Root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant()).ToList();

        Assert.That(RootsOf(1), Is.EquivalentTo(tables));
        Assert.That(Roots.Where(r => r.Type == 1).Where(r => r.Behavior != (r.Key.StartsWith("crmspm_", StringComparison.Ordinal) ? 0 : 1))
            .Select(r => r.Key), Is.Empty);
    }

    [Test]
    public void EveryRoleWebResourceAppAndSiteMapIsARoot()
    {
        Assert.That(RootsOf(20), Is.EquivalentTo(Root.Element("Roles")!.Elements("Role").Select(r => Id((string)r.Attribute("id")!))));
        Assert.That(RootsOf(61), Is.EquivalentTo(Root.Element("WebResources")!.Elements("WebResource").Select(w => w.Element("Name")!.Value.ToLowerInvariant())));
        Assert.That(RootsOf(62), Is.EquivalentTo(Root.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap").Select(s => s.Element("SiteMapUniqueName")!.Value.ToLowerInvariant())));
        Assert.That(RootsOf(80), Is.EquivalentTo(Root.Element("AppModules")!.Elements("AppModule").Select(a => a.Element("UniqueName")!.Value.ToLowerInvariant())));
    }

    [Test]
    public void ThePluginAssemblyAndEveryStepAreRoots()
    {
        Assert.That(RootsOf(91), Is.EqualTo(new[] { PluginRegistrationXml.AssemblyFullName.ToLowerInvariant() }));
        Assert.That(RootsOf(92), Is.EquivalentTo(Root.Element("SdkMessageProcessingSteps")!.Elements().Select(s => Id((string)s.Attribute("SdkMessageProcessingStepId")!))));
    }

    [Test]
    public void NoSubcomponentIsARoot()
    {
        // Forms (60), views (26), columns (2) and relationships (10) travel inside their table, as an export writes them.
        Assert.That(Roots.Select(r => r.Type).Distinct(), Is.SubsetOf(new[] { 1, 20, 61, 62, 80, 91, 92 }));
        Assert.That(Roots.GroupBy(r => (r.Type, r.Key)).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "no root twice");
    }
}
