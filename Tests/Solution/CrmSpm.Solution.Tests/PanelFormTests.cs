using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The CrmSpm coaching forms of opportunity and account host their panel as docs/web-resources.md ("Placing a panel
/// on a form") tells an admin to: the control, the form library, the OnLoad handler and the tab's TabStateChange
/// handler, each handing the execution context to the handler the shipped form library defines.
/// </summary>
public class PanelFormTests
{
    private const string Control = "WebResource_crmspm_coaching";
    private const string Library = "crmspm_/forms/panelHost.js";
    private const string Handler = "CrmSpm.Forms.PanelHost.onLoad";

    private static XElement FormOf(string table) => Repository.Customizations.Root!.Element("Entities")!.Elements("Entity")
        .Single(e => e.Element("Name")!.Value.Equals(table, StringComparison.OrdinalIgnoreCase))
        .Descendants("systemform").Single();

    private static void AssertHandsOverTheContext(XElement? @event, string where)
    {
        Assert.That(@event, Is.Not.Null, where);
        var handler = @event!.Descendants("Handler").Single();
        Assert.That((string)handler.Attribute("functionName")!, Is.EqualTo(Handler), where);
        Assert.That((string)handler.Attribute("libraryName")!, Is.EqualTo(Library), where);
        Assert.That((string)handler.Attribute("passExecutionContext")!, Is.EqualTo("true"), where);
        Assert.That((string)handler.Attribute("parameters")!, Is.EqualTo($"'{Control}'"), where);
    }

    [TestCase("opportunity")]
    [TestCase("account")]
    public void ThePanelIsPlacedAsTheGuideSays(string table)
    {
        var form = FormOf(table);
        var control = form.Descendants("control").Single(c => (string?)c.Attribute("id") == Control);
        var tab = control.Ancestors("tab").Single();

        Assert.That((string)control.Attribute("classid")!, Is.EqualTo("{9FDF5F91-88B1-47F4-AD53-C11EFC01A01D}"), "an HTML web-resource control");
        Assert.That(control.Element("parameters")!.Element("Url")!.Value, Is.EqualTo($"crmspm_/coaching/{table}.html"));
        Assert.That(form.Element("form")!.Element("formLibraries")!.Elements("Library").Select(l => (string)l.Attribute("name")!), Is.EqualTo(new[] { Library }));
        AssertHandsOverTheContext(form.Element("form")!.Element("events")!.Elements("event").SingleOrDefault(e => (string?)e.Attribute("name") == "onload"), "form OnLoad");
        AssertHandsOverTheContext(tab.Element("events")?.Elements("event").SingleOrDefault(e => (string?)e.Attribute("name") == "TabStateChange"), "tab TabStateChange");
    }

    [Test]
    public void TheShippedFormLibraryDefinesTheHandler()
    {
        var script = File.ReadAllText(Shipped.PathOf(Library));

        Assert.That(script, Does.Contain("CrmSpm.Forms.PanelHost=").And.Contain("onLoad:"));
    }
}
