using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// The plug-in types the steps and the custom API name, looked up in the metadata of the DLL that is packed (the
/// net462 build, which this runtime cannot load): each must be defined there, public and concrete, implement
/// <c>Microsoft.Xrm.Sdk.IPlugin</c> (directly or through a base class of the same assembly), and have a public
/// constructor Dataverse calls: no parameters, or one or two strings (unsecure and secure configuration,
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#pass-configuration-data-to-your-plug-in).
/// </summary>
public static class PluginTypeCheck
{
    private const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";

    /// <summary>The problems, one per type name, in <paramref name="typeNames"/>' order; empty when all can run.</summary>
    public static IReadOnlyList<string> Problems(MetadataReader reader, IEnumerable<string> typeNames)
    {
        var types = reader.TypeDefinitions.ToDictionary(h => FullName(reader, reader.GetTypeDefinition(h)), h => h);
        var problems = new List<string>();
        foreach (var name in typeNames)
        {
            if (!types.TryGetValue(name, out var handle))
            {
                problems.Add($"plug-in type {name} is not defined in the assembly");
                continue;
            }

            var type = reader.GetTypeDefinition(handle);
            var attributes = type.Attributes;
            if ((attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public || (attributes & TypeAttributes.Abstract) != 0)
            {
                problems.Add($"plug-in type {name} is not a public concrete class");
            }
            else if (!ImplementsPlugin(reader, type, types))
            {
                problems.Add($"plug-in type {name} does not implement {PluginInterface}");
            }
            else if (!type.GetMethods().Select(reader.GetMethodDefinition).Any(m => IsCallableConstructor(reader, m)))
            {
                problems.Add($"plug-in type {name} has no public constructor taking nothing, (string) or (string, string)");
            }
        }

        return problems;
    }

    private static bool ImplementsPlugin(MetadataReader reader, TypeDefinition type, IReadOnlyDictionary<string, TypeDefinitionHandle> types)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            if (type.GetInterfaceImplementations().Any(i => NameOf(reader, reader.GetInterfaceImplementation(i).Interface) == PluginInterface))
            {
                return true;
            }

            // A base class of another assembly cannot be followed here; ours derive from PluginBase in the same assembly.
            if (type.BaseType.Kind != HandleKind.TypeDefinition)
            {
                return false;
            }

            type = reader.GetTypeDefinition((TypeDefinitionHandle)type.BaseType);
        }

        return false;
    }

    private static bool IsCallableConstructor(MetadataReader reader, MethodDefinition method)
    {
        if (reader.GetString(method.Name) != ".ctor" || (method.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public
            || (method.Attributes & MethodAttributes.Static) != 0)
        {
            return false;
        }

        var blob = reader.GetBlobReader(method.Signature);
        blob.ReadSignatureHeader();
        var count = blob.ReadCompressedInteger();
        blob.ReadSignatureTypeCode(); // void
        if (count > 2)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.String)
            {
                return false;
            }
        }

        return true;
    }

    private static string? NameOf(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Namespace) + "."
                                    + reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Name),
        HandleKind.TypeDefinition => FullName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)handle)),
        _ => null,
    };

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var outer = type.GetDeclaringType();
        if (!outer.IsNil)
        {
            return FullName(reader, reader.GetTypeDefinition(outer)) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
