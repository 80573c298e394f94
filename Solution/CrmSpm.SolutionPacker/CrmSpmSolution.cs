using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// The CrmSpm Dataverse solution as Dataverse exports it. <see cref="Customizations"/> is the customizations.xml that is
/// packed into both zips: the embedded org provisions test orgs from it, the tests check the code against it.
/// </summary>
public static class CrmSpmSolution
{
    public const string UniqueName = "CrmSpm";

    /// <summary>The solution version: the one place it is defined is Solution/Dataverse/Other/Solution.xml.</summary>
    public static string Version =>
        SolutionSource.Embedded["Other/Solution.xml"].Root!.Element("SolutionManifest")!.Element("Version")!.Value;

    /// <summary>customizations.xml exactly as packed (standard ImportExportXml), a fresh copy on each call.</summary>
    public static XDocument Customizations() => CustomizationsBuilder.Build(SolutionSource.Embedded, Version);

    /// <summary>solution.xml for a managed or unmanaged package.</summary>
    public static XDocument SolutionManifest(bool managed) => ManifestBuilder.Build(SolutionSource.Embedded, managed);

    /// <summary>The plugin steps as declared in code, with their stable ids.</summary>
    public static IReadOnlyList<PluginStep> Steps() => PluginStep.All();

    /// <summary>The custom APIs' files, by path under the zip root (e.g. <c>customapis/crmspm_RecalculateScorecards/customapi.xml</c>).</summary>
    public static IReadOnlyDictionary<string, XDocument> CustomApiFiles() =>
        SolutionSource.Embedded.Under("customapis").ToDictionary(p => p, p => SolutionSource.Embedded[p], StringComparer.Ordinal);
}
