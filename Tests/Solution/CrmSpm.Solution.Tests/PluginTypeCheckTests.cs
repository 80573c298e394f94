using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The packer finds every plug-in type the solution names in the DLL it packs, by metadata (so it works on the net462
/// build), each one Dataverse can instantiate: public, concrete, an IPlugin, with a constructor of (), (string) or
/// (string, string) (https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#pass-configuration-data-to-your-plug-in).
/// </summary>
public class PluginTypeCheckTests
{
    private static IReadOnlyList<string> Check(string assemblyPath, params string[] typeNames)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        return PluginTypeCheck.Problems(pe.GetMetadataReader(), typeNames);
    }

    private static IReadOnlyList<string> CheckHere(params Type[] types) =>
        Check(typeof(PluginTypeCheckTests).Assembly.Location, types.Select(t => t.FullName!).ToArray());

    [Test]
    public void EveryPluginTypeOfTheCatalogPassesInThePluginAssembly()
    {
        var names = PluginStep.PluginTypes().Select(t => t.FullName!).ToArray();

        Assert.That(names, Has.Length.GreaterThan(5).And.Contains("CrmSpm.Plugins.Steps.RecalculateScorecardsPlugin"));
        Assert.That(Check(typeof(CrmSpm.Plugins.Steps.PluginCatalog).Assembly.Location, names), Is.Empty);
    }

    [Test]
    public void ConfigurationConstructorsAndAPluginBaseClassAreAccepted()
    {
        Assert.That(CheckHere(typeof(FakePlugins.TwoStringPlugin), typeof(FakePlugins.DerivedPlugin), typeof(FakePlugins.DefaultPlugin)), Is.Empty);
    }

    [Test]
    public void EachReasonDataverseCouldNotRunATypeIsReported()
    {
        var problems = CheckHere(typeof(FakePlugins.IntConfiguredPlugin), typeof(FakePlugins.NotAPlugin), typeof(FakePlugins.BasePlugin),
            typeof(FakePlugins.InternalPlugin));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "plug-in type CrmSpm.Solution.Tests.FakePlugins.IntConfiguredPlugin has no public constructor taking nothing, (string) or (string, string)",
            "plug-in type CrmSpm.Solution.Tests.FakePlugins.NotAPlugin does not implement Microsoft.Xrm.Sdk.IPlugin",
            "plug-in type CrmSpm.Solution.Tests.FakePlugins.BasePlugin is not a public concrete class",
            "plug-in type CrmSpm.Solution.Tests.FakePlugins.InternalPlugin is not a public concrete class",
        }));
    }

    [Test]
    public void AnAssemblyWithoutThePluginTypesIsRefusedForPacking()
    {
        // The packer's own check on a DLL that is not the plugin assembly: every missing type is named.
        var problems = PluginAssemblyCheck.Problems(typeof(PluginTypeCheckTests).Assembly.Location);

        Assert.That(problems, Does.Contain("plug-in type CrmSpm.Plugins.Steps.RecalculateScorecardsPlugin is not defined in the assembly"));
        Assert.That(problems.Count(p => p.EndsWith("is not defined in the assembly", StringComparison.Ordinal)), Is.EqualTo(PluginStep.PluginTypes().Count));
    }
}
