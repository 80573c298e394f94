using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// Deleting the solution removes every CrmSpm component (docs/admin.md, "Uninstall") only if all of them came with it:
/// the plugins never create a table, column, step, role, web resource or other component at run time. Checked in the
/// plugin assembly's metadata: no metadata request types, and no component table named in its code.
/// </summary>
public class UninstallTests
{
    /// <summary>Requests that create or change table definitions or solutions (e.g. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createentityrequest).</summary>
    private static readonly string[] MetadataRequests =
    {
        "CreateEntityRequest", "CreateAttributeRequest", "CreateOneToManyRequest", "CreateManyToManyRequest", "CreateOptionSetRequest",
        "CreateEntityKeyRequest", "UpdateEntityRequest", "UpdateAttributeRequest", "ImportSolutionRequest", "PublishXmlRequest",
        "PublishAllXmlRequest", "AddSolutionComponentRequest",
    };

    /// <summary>Tables whose rows are solution components (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent).</summary>
    private static readonly string[] ComponentTables =
    {
        "sdkmessageprocessingstep", "sdkmessageprocessingstepimage", "pluginassembly", "plugintype", "pluginpackage", "webresource",
        "role", "savedquery", "systemform", "appmodule", "sitemap", "solution", "solutioncomponent", "customapi", "workflow",
        "serviceendpoint", "environmentvariabledefinition", "connectionreference",
    };

    private static (ISet<string> Types, ISet<string> Strings) Scan(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var types = md.TypeReferences.Select(h => md.GetString(md.GetTypeReference(h).Name)).ToHashSet(StringComparer.Ordinal);
        return (types, PluginIl.UserStrings(md).ToHashSet(StringComparer.Ordinal));
    }

    [TestCaseSource(typeof(PluginIlTests), nameof(PluginIlTests.Assemblies))]
    public void ThePluginsCreateNoSolutionComponentAtRunTime(string assembly)
    {
        var (types, strings) = Scan(assembly);

        Assert.That(strings, Does.Contain("crmspm_scorecard").And.Contain("task").And.Contain("post"), "the scan reads the table names the code uses");
        Assert.That(types.Intersect(MetadataRequests), Is.Empty);
        Assert.That(strings.Intersect(ComponentTables), Is.Empty);
    }
}
