using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>Each web resource's display name, type, file name and dependencies, as an export writes them.</summary>
public class WebResourceMetadataTests
{
    private static readonly XElement[] Resources = Repository.Customizations.Root!.Element("WebResources")!.Elements("WebResource").ToArray();

    /// <summary>
    /// <c>webresourcetype</c> by extension: 1 Webpage (HTML), 2 Style Sheet (CSS), 3 Script (JScript), 11 Vector format
    /// (SVG) (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource).
    /// </summary>
    private static readonly Dictionary<string, int> TypeByExtension = new(StringComparer.Ordinal) { [".html"] = 1, [".css"] = 2, [".js"] = 3, [".svg"] = 11 };

    [Test]
    public void EachTypeMatchesTheFilesExtension()
    {
        foreach (var resource in Resources)
        {
            var name = resource.Element("Name")!.Value;
            Assert.That(TypeByExtension.TryGetValue(Path.GetExtension(name), out var type), Is.True, $"{name}: no web-resource type for its extension");
            Assert.That((int)resource.Element("WebResourceType")!, Is.EqualTo(type), name);
        }
    }

    [Test]
    public void EachHasItsOwnDisplayName()
    {
        var names = Resources.Select(r => r.Element("DisplayName")?.Value ?? "").ToList();

        Assert.That(names, Has.None.Empty);
        Assert.That(names, Is.Unique);
        Assert.That(names, Has.All.StartWith("CrmSpm "), "an admin finds them together in the web-resource list");
    }

    [Test]
    public void EachFileNameIsTheExportersNameAndId()
    {
        // The exporter's part name: /WebResources/ + the name without '/' and '.' + the id in upper case, no braces
        // (e.g. new_SecondaryRecordSource → /WebResources/new_SecondaryRecordSourceCD98D4C6-4A21-…).
        foreach (var resource in Resources)
        {
            var name = resource.Element("Name")!.Value;
            var id = resource.Element("WebResourceId")!.Value.Trim('{', '}').ToUpperInvariant();

            Assert.That(resource.Element("FileName")!.Value, Is.EqualTo("/WebResources/" + Regex.Replace(name, "[^A-Za-z0-9_]", "") + id), name);
        }
    }

    [Test]
    public void EveryDependencyNamesAPackedWebResourceByItsDisplayName()
    {
        var displayNames = Resources.ToDictionary(r => r.Element("Name")!.Value, r => r.Element("DisplayName")!.Value, StringComparer.Ordinal);
        var libraries = Resources.SelectMany(r => XElement.Parse(r.Element("DependencyXml")!.Value).Descendants("Library")
            .Select(l => (Owner: r.Element("Name")!.Value, Name: (string)l.Attribute("name")!, DisplayName: (string?)l.Attribute("displayName")))).ToList();

        Assert.That(libraries, Is.Not.Empty);
        foreach (var (owner, name, displayName) in libraries)
        {
            Assert.That(displayNames.ContainsKey(name), Is.True, $"{owner} depends on {name}, which is not packed");
            Assert.That(displayName, Is.EqualTo(displayNames[name]), $"{owner} -> {name}");
        }
    }
}
