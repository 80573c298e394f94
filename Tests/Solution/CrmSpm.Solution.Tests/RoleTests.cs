using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>The three CrmSpm roles: least privilege, every privilege on a real table.</summary>
public class RoleTests
{
    private static readonly XElement Roles = Repository.Customizations.Root!.Element("Roles")!;

    /// <summary>
    /// Stock tables whose privileges our roles may grant, by schema name. <c>Activity</c> is the one privilege set that
    /// covers task and the other activity tables (https://learn.microsoft.com/power-apps/developer/data-platform/security-privileges).
    /// </summary>
    private static readonly HashSet<string> StockTables = new(StringComparer.Ordinal) { "Activity", "Account", "Opportunity", "SystemUser", "BusinessUnit" };

    private static IEnumerable<(string Role, string Privilege, string Level)> Privileges() =>
        Roles.Elements("Role").SelectMany(r => r.Descendants("RolePrivilege")
            .Select(p => ((string)r.Attribute("name")!, (string)p.Attribute("name")!, (string)p.Attribute("level")!)));

    private static (string Action, string Table) Parse(string privilege)
    {
        var m = Regex.Match(privilege, "^prv(Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(.+)$");
        Assert.That(m.Success, Is.True, privilege);
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    [Test]
    public void TheThreeRolesAreShipped()
    {
        Assert.That(Roles.Elements("Role").Select(r => (string)r.Attribute("name")!),
            Is.EquivalentTo(new[] { "CrmSpm Rep", "CrmSpm Manager", "CrmSpm Administrator" }));
    }

    [Test]
    public void EveryPrivilegeNamesAPackedOrStockTable()
    {
        var packed = Repository.Customizations.Root!.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value).ToHashSet(StringComparer.Ordinal);

        Assert.That(Privileges().Select(p => Parse(p.Privilege).Table).Where(t => !packed.Contains(t) && !StockTables.Contains(t)), Is.Empty);
    }

    [Test]
    public void TheRepSeesOnlyTheirOwnScorecardsAndTips()
    {
        var rep = Privileges().Where(p => p.Role == "CrmSpm Rep").ToDictionary(p => p.Privilege, p => p.Level);

        Assert.That(rep["prvReadcrmspm_Scorecard"], Is.EqualTo("Basic"));
        Assert.That(rep["prvReadActivity"], Is.EqualTo("Basic"));
        Assert.That(rep["prvWriteActivity"], Is.EqualTo("Basic"));
        Assert.That(rep.Keys.Where(k => k.Contains("crmspm_Scorecard") && k != "prvReadcrmspm_Scorecard"), Is.Empty, "a rep never writes a scorecard");
    }

    [Test]
    public void TheManagerReadsTheirUnitsAndChildUnitsScorecardsAndTips()
    {
        var manager = Privileges().Where(p => p.Role == "CrmSpm Manager").ToDictionary(p => p.Privilege, p => p.Level);

        Assert.That(manager["prvReadcrmspm_Scorecard"], Is.EqualTo("Deep"));
        Assert.That(manager["prvReadActivity"], Is.EqualTo("Deep"));
        Assert.That(manager.Keys.Where(k => k.StartsWith("prvDelete", StringComparison.Ordinal) || k.StartsWith("prvCreate", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void OnlyTheAdministratorChangesTheScoringProfileOrRunsTheRecalculation()
    {
        var writers = Privileges().Where(p => p.Privilege == "prvWritecrmspm_ScoringProfile").Select(p => p.Role);
        var api = CrmSpm.SolutionPacker.CrmSpmSolution.CustomApiFiles().Values.Single(d => d.Root!.Name == "customapi");

        Assert.That(writers, Is.EqualTo(new[] { "CrmSpm Administrator" }));
        Assert.That(api.Root!.Element("executeprivilegename")!.Value, Is.EqualTo("prvWritecrmspm_ScoringProfile"));
    }

    [Test]
    public void NoRoleGrantsCustomizationOrAdministrationPrivileges()
    {
        // Least privilege: nothing of System Customizer or System Administrator (entity metadata, plug-ins, roles, users).
        Assert.That(Privileges().Select(p => Parse(p.Privilege).Table)
            .Where(t => t is "Entity" or "Attribute" or "PluginAssembly" or "PluginType" or "SdkMessageProcessingStep" or "Role" or "SystemUser" or "Organization" or "Solution"), Is.Empty);
    }
}
