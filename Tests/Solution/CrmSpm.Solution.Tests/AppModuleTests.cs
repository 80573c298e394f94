using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The CrmSpm model-driven app reaches the manager scorecard, the admin page and every CrmSpm form and view, and
/// names only components the package carries (app module component types:
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/appmodulecomponent).
/// </summary>
public class AppModuleTests
{
    private static readonly XElement Root = Repository.Customizations.Root!;
    private static readonly XElement App = Root.Element("AppModules")!.Elements("AppModule").Single();
    private static readonly XElement SiteMap = Root.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap").Single();

    private static IEnumerable<string> Components(int type, string attribute) =>
        App.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (int)c.Attribute("type")! == type)
            .Select(c => ((string)c.Attribute(attribute)!).Trim('{', '}').ToLowerInvariant());

    private static IEnumerable<string> Ids(string element) => Root.Descendants(element).Select(e => e.Value.Trim('{', '}').ToLowerInvariant());

    [Test]
    public void EveryPackedFormAndViewIsInTheAppAndNoOther()
    {
        Assert.That(Components(60, "id"), Is.EquivalentTo(Ids("formid")));
        Assert.That(Components(26, "id"), Is.EquivalentTo(Ids("savedqueryid")));
    }

    [Test]
    public void TheAppsTablesAreTheSiteMapsTablesAndEachIsPackedOrStock()
    {
        var packed = Root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value.ToLowerInvariant());
        var siteMapTables = SiteMap.Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).OfType<string>();

        Assert.That(Components(1, "schemaName"), Is.EquivalentTo(siteMapTables));
        Assert.That(Components(1, "schemaName"), Is.SubsetOf(packed.Concat(StockMetadata.Tables)));
        Assert.That(Components(62, "schemaName"), Is.EqualTo(new[] { SiteMap.Element("SiteMapUniqueName")!.Value.ToLowerInvariant() }));
    }

    [Test]
    public void TheManagerScorecardAndTheAdminPageAreReachableFromTheSiteMap()
    {
        var pages = SiteMap.Descendants("SubArea").Select(s => (string?)s.Attribute("Url")).OfType<string>().ToList();

        Assert.That(pages, Is.SupersetOf(new[] { "$webresource:crmspm_/scorecard/manager.html", "$webresource:crmspm_/admin/profile.html" }));
    }

    [Test]
    public void TheAppIsForTheThreeCrmSpmRoles()
    {
        var roles = Root.Element("Roles")!.Elements("Role").Select(r => ((string)r.Attribute("id")!).Trim('{', '}').ToLowerInvariant());
        var mapped = App.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => ((string)r.Attribute("id")!).Trim('{', '}').ToLowerInvariant());

        Assert.That(mapped, Is.EquivalentTo(roles));
    }

    [Test]
    public void EverySiteMapPrivilegeNamesATableTheAppShows()
    {
        var privileges = SiteMap.Descendants("Privilege").Select(p => (string)p.Attribute("Entity")!).ToList();

        Assert.That(privileges, Is.Not.Empty);
        Assert.That(privileges, Is.SubsetOf(Components(1, "schemaName")));
    }
}
