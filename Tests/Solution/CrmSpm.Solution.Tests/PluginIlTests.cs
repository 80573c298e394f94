using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The solution checker's plug-in rules (https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker),
/// checked in the compiled plugin assembly's metadata and IL, which covers Core's sources compiled into it too:
/// il-specify-column (no ColumnSet(true), no AllColumns = true), il-avoid-parallel-plugin, il-avoid-batch-plugin,
/// il-avoid-specialized-update-ops (no SetState, Assign, … requests: an Update does it).
/// The net462 build is checked when it has been built (build.ps1 Pack), the net10.0 build of the same source always.
/// </summary>
public class PluginIlTests
{
    /// <summary>
    /// Known violations owned by another area, each to be fixed there; <see cref="KnownViolationsAreStillPresent"/> fails
    /// once one is fixed so the entry gets removed. None at present.
    /// </summary>
    private static readonly string[] KnownViolations = System.Array.Empty<string>();

    public static IEnumerable<string> Assemblies()
    {
        yield return typeof(CrmSpm.Plugins.Steps.PluginCatalog).Assembly.Location;
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var net462 = Repository.PathOf("Plugins", "CrmSpm.Plugins", "bin", configuration, "net462", "CrmSpm.Plugins.dll");
            if (File.Exists(net462)) yield return net462;
        }
    }

    [TestCaseSource(nameof(Assemblies))]
    public void ThePluginsFollowTheCheckersPluginRules(string assembly)
    {
        Assert.That(PluginIl.Violations(assembly).Except(KnownViolations), Is.Empty);
    }

    [TestCaseSource(nameof(Assemblies))]
    public void TheDemoDataGeneratorIsNotCompiledIntoThePlugins(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var md = pe.GetMetadataReader();
        var namespaces = md.TypeDefinitions.Select(h => md.GetString(md.GetTypeDefinition(h).Namespace)).Distinct().ToList();

        Assert.That(namespaces, Does.Contain("CrmSpm.Core.Scoring.Adoption"), "Core is compiled in");
        Assert.That(namespaces, Does.Not.Contain("CrmSpm.Core.Simulation"));
    }

    [Test]
    public void KnownViolationsAreStillPresent()
    {
        Assert.That(PluginIl.Violations(Assemblies().First()), Is.SupersetOf(KnownViolations));
    }

    [Test]
    public void TheScannerFindsColumnSetTrueAndBatchRequests()
    {
        // This test assembly itself contains both patterns (below), so the scan cannot silently find nothing.
        var violations = PluginIl.Violations(typeof(PluginIlTests).Assembly.Location);

        Assert.That(violations, Does.Contain("il-specify-column: CrmSpm.Solution.Tests.PluginIlTests+Offender"));
        Assert.That(violations, Does.Contain("il-avoid-batch-plugin: ExecuteTransaction"));
        Assert.That(violations, Does.Contain("il-avoid-specialized-update-ops: SetState"));
    }

    [Test]
    public void TheNet462BuildIsWhatThePackerAccepts()
    {
        var net462 = Assemblies().Skip(1).FirstOrDefault();
        if (net462 == null)
        {
            Assert.Ignore("The net462 plugin build is not there; build.ps1 Pack builds it.");
        }

        Assert.That(PluginAssemblyCheck.Problems(net462), Is.Empty);
    }

    [Test]
    public void TheNet10BuildIsRefusedForPacking()
    {
        Assert.That(PluginAssemblyCheck.Problems(Assemblies().First()), Has.Some.Contains("target framework"));
    }

    private static class Offender
    {
        public static object AllColumns() => new Microsoft.Xrm.Sdk.Query.ColumnSet(true);

        public static string Batch() => "ExecuteTransaction";

        public static string SpecializedUpdate() => "SetState";
    }
}

/// <summary>Reads type and member references and IL bytes with System.Reflection.Metadata.</summary>
internal static class PluginIl
{
    private const byte LdcI4One = 0x17, Newobj = 0x73, Callvirt = 0x6F, Call = 0x28;

    /// <summary>
    /// Deprecated messages whose change an Update makes instead, by request class or message name
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
    /// </summary>
    private static readonly string[] SpecializedUpdates =
        { "Assign", "SetState", "SetParentSystemUser", "SetParentTeam", "SetParentBusinessUnit", "SetBusinessEquipment", "SetBusinessSystemUser" };

    public static IReadOnlyList<string> Violations(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var violations = new List<string>();

        var types = md.TypeReferences.Select(h => md.GetTypeReference(h)).Select(t => md.GetString(t.Namespace) + "." + md.GetString(t.Name)).ToHashSet();
        foreach (var batch in new[] { "Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest", "Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest" })
        {
            if (types.Contains(batch)) violations.Add("il-avoid-batch-plugin: " + batch);
        }

        foreach (var specialized in SpecializedUpdates)
        {
            if (types.Contains("Microsoft.Crm.Sdk.Messages." + specialized + "Request")) violations.Add("il-avoid-specialized-update-ops: " + specialized + "Request");
        }

        foreach (var value in UserStrings(md))
        {
            if (value is "ExecuteMultiple" or "ExecuteTransaction") violations.Add("il-avoid-batch-plugin: " + value);
            if (SpecializedUpdates.Contains(value)) violations.Add("il-avoid-specialized-update-ops: " + value);
        }

        foreach (var parallel in new[] { "System.Threading.Tasks.Parallel", "System.Linq.ParallelEnumerable", "System.Threading.Thread", "System.Threading.ThreadPool" })
        {
            if (types.Contains(parallel)) violations.Add("il-avoid-parallel-plugin: " + parallel);
        }

        var allColumnsTokens = md.MemberReferences.Select(h => (Handle: h, Member: md.GetMemberReference(h)))
            .Where(m => m.Member.Parent.Kind == HandleKind.TypeReference
                        && md.GetString(md.GetTypeReference((TypeReferenceHandle)m.Member.Parent).Name) == "ColumnSet"
                        && (md.GetString(m.Member.Name) == "set_AllColumns" || IsBoolCtor(md, m.Member)))
            .Select(m => MetadataTokens.GetToken(m.Handle))
            .ToHashSet();
        var runTokens = md.MemberReferences.Select(h => (Handle: h, Member: md.GetMemberReference(h)))
            .Where(m => m.Member.Parent.Kind == HandleKind.TypeReference
                        && md.GetString(md.GetTypeReference((TypeReferenceHandle)m.Member.Parent).Name) is "Task" or "TaskFactory"
                        && md.GetString(m.Member.Name) is "Run" or "StartNew")
            .Select(m => MetadataTokens.GetToken(m.Handle))
            .ToHashSet();

        foreach (var typeHandle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0) continue;
                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
                for (var i = 1; i + 4 < il.Length; i++)
                {
                    var token = BitConverter.ToInt32(il, i + 1);
                    if (il[i - 1] == LdcI4One && (il[i] == Newobj || il[i] == Callvirt || il[i] == Call) && allColumnsTokens.Contains(token))
                        violations.Add("il-specify-column: " + FullName(md, type));
                    if ((il[i] == Call || il[i] == Callvirt) && runTokens.Contains(token))
                        violations.Add("il-avoid-parallel-plugin: " + FullName(md, type));
                }
            }
        }

        return violations.Distinct().ToList();
    }

    /// <summary>Every string literal of the code (constants are inlined where they are used).</summary>
    public static IEnumerable<string> UserStrings(MetadataReader md)
    {
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil && MetadataTokens.GetHeapOffset(handle) < md.GetHeapSize(HeapIndex.UserString); handle = md.GetNextHandle(handle))
        {
            yield return md.GetUserString(handle);
        }
    }

    private static bool IsBoolCtor(MetadataReader md, MemberReference member)
    {
        if (md.GetString(member.Name) != ".ctor") return false;
        var blob = md.GetBlobReader(member.Signature);
        blob.ReadSignatureHeader();
        var count = blob.ReadCompressedInteger();
        blob.ReadSignatureTypeCode(); // void
        return count == 1 && blob.ReadSignatureTypeCode() == SignatureTypeCode.Boolean;
    }

    private static string FullName(MetadataReader md, TypeDefinition type)
    {
        var name = md.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } outer) return FullName(md, md.GetTypeDefinition(outer)) + "+" + name;
        return md.GetString(type.Namespace) + "." + name;
    }
}
