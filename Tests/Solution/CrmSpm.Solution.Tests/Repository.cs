using System.Xml.Linq;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>Paths in the checkout and the packed customizations.xml, built once.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static readonly Lazy<XDocument> Packed = new(CrmSpmSolution.Customizations);

    /// <summary>customizations.xml as packed (shared, read-only: tests never modify it).</summary>
    public static XDocument Customizations => Packed.Value;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CrmSpm.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CrmSpm.sln not found above " + AppContext.BaseDirectory);
    }
}
