using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// What the DLL that goes into the zip must be: the identity the step XML names, strong-name signed, and referencing
/// nothing but the .NET Framework and the platform's Microsoft.Xrm.Sdk
/// (https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in), and defining every plug-in type the
/// steps and the custom API name (<see cref="PluginTypeCheck"/>).
/// </summary>
public static class PluginAssemblyCheck
{
    public const string XrmSdkIdentity = "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";

    /// <summary>The problems found; empty when the assembly may be packed.</summary>
    public static IReadOnlyList<string> Problems(string dllPath)
    {
        var problems = new List<string>();
        var name = AssemblyName.GetAssemblyName(dllPath);
        if (name.FullName != PluginRegistrationXml.AssemblyFullName)
        {
            problems.Add($"identity is '{name.FullName}', the steps name '{PluginRegistrationXml.AssemblyFullName}'");
        }

        using var pe = new PEReader(File.OpenRead(dllPath));
        var reader = pe.GetMetadataReader();
        if ((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) == 0)
        {
            problems.Add("the assembly is not strong-name signed");
        }

        var framework = TargetFramework(reader);
        if (framework != ".NETFramework,Version=v4.6.2")
        {
            problems.Add($"target framework is '{framework}', Dataverse runs .NETFramework,Version=v4.6.2");
        }

        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle).GetAssemblyName();
            if (reference.FullName == XrmSdkIdentity || IsFramework(reference))
            {
                continue;
            }

            problems.Add($"references '{reference.FullName}', which the sandbox does not provide");
        }

        problems.AddRange(PluginTypeCheck.Problems(reader, PluginStep.PluginTypes().Select(t => t.FullName!)));
        return problems;
    }

    /// <summary>.NET Framework assemblies are signed with Microsoft's ECMA or framework keys.</summary>
    private static bool IsFramework(AssemblyName reference)
    {
        var token = Convert.ToHexString(reference.GetPublicKeyToken() ?? Array.Empty<byte>()).ToLowerInvariant();
        return token is "b77a5c561934e089" or "b03f5f7f11d50a3a" or "31bf3856ad364e35"
               && reference.Name != "Microsoft.Xrm.Sdk"
               && (reference.Name == "mscorlib" || reference.Name!.StartsWith("System", StringComparison.Ordinal));
    }

    private static string? TargetFramework(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var ctor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (ctor.Parent.Kind != HandleKind.TypeReference
                || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)ctor.Parent).Name) != "TargetFrameworkAttribute")
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog
            return blob.ReadSerializedString();
        }

        return null;
    }
}
