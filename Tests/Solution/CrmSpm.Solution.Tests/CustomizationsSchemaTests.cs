using System.Xml;
using System.Xml.Schema;
using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// customizations.xml validates against Microsoft's CustomizationsSolution.xsd ("Changes to Customizations.xml must
/// conform to CustomizationsSolution.xsd", https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema),
/// apart from the elements newer than the 9.0.0.2090 schema listed in <see cref="NewerThanSchema"/>.
/// </summary>
public class CustomizationsSchemaTests
{
    [Test]
    public void PackedCustomizationsValidateAgainstMicrosoftsSchema()
    {
        var errors = Validate(Repository.Customizations).Where(e => !NewerThanSchema.Explains(e)).ToList();

        Assert.That(errors.Select(e => $"{e.Element}: {e.Message}").Distinct(), Is.Empty);
    }

    [Test]
    public void TheValidatorRejectsAnUnknownElement()
    {
        var doc = new XDocument(Repository.Customizations);
        doc.Root!.Element("Roles")!.Add(new XElement("Role", new XAttribute("id", "{00000000-0000-0000-0000-000000000001}"),
            new XAttribute("name", "x"), new XElement("NotInTheSchema")));

        Assert.That(Validate(doc).Where(e => !NewerThanSchema.Explains(e)), Is.Not.Empty);
    }

    [Test]
    public void EveryAllowListEntryIsStillNeeded()
    {
        var errors = Validate(Repository.Customizations);

        foreach (var entry in NewerThanSchema.Entries)
        {
            Assert.That(errors.Any(entry.Matches), Is.True, $"'{entry.Parent}/{entry.Element}' no longer needs an allow-list entry: remove it.");
        }
    }

    internal static IReadOnlyList<ValidationError> Validate(XDocument doc)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", "CustomizationsSolution.xsd"));
        schemas.Compile();
        var errors = new List<ValidationError>();
        doc.Validate(schemas, (sender, e) =>
        {
            var element = sender as XElement ?? (sender as XAttribute)?.Parent;
            errors.Add(new ValidationError(e.Message, element?.Name.LocalName ?? "", element?.Parent?.Name.LocalName ?? ""));
        }, addSchemaInfo: false);
        return errors;
    }
}

public sealed record ValidationError(string Message, string Element, string Parent);
