using System.Linq;
using System.Xml.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>solution.xml: the source manifest with the package type and the generated plugin components added.</summary>
internal static class ManifestBuilder
{
    /// <summary>Root component types (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent).</summary>
    private const int PluginAssemblyType = 91;
    private const int StepType = 92;

    public static XDocument Build(SolutionSource source, bool managed)
    {
        var doc = source["Other/Solution.xml"];
        var manifest = doc.Root!.Element("SolutionManifest")!;
        manifest.Element("Managed")!.Value = managed ? "1" : "0";
        var roots = manifest.Element("RootComponents")!;
        roots.Add(new XElement("RootComponent",
            new XAttribute("type", PluginAssemblyType),
            new XAttribute("id", "{" + PluginStep.PluginAssemblyId + "}"),
            new XAttribute("schemaName", PluginRegistrationXml.AssemblyFullName),
            new XAttribute("behavior", 0)));
        roots.Add(PluginStep.All().OrderBy(s => s.Id).Select(step => new XElement("RootComponent",
            new XAttribute("type", StepType),
            new XAttribute("id", "{" + step.Id + "}"),
            new XAttribute("behavior", 0))));
        return doc;
    }
}
