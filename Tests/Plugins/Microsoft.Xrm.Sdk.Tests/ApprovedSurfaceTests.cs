using System.Reflection;

namespace Microsoft.Xrm.Sdk.Tests;

// Nothing the official SDK lacks may appear. ApprovedSurface.txt lists every public and
// protected member of the surface, each checked against the official API reference (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk); adding a member means adding its line there
// after checking the official signature. The test fails on any member that is not listed (or listed but gone).
public class ApprovedSurfaceTests : SurfaceTestBase
{
    private static readonly string ApprovedFile = Path.Combine(TestContext.CurrentContext.TestDirectory, "ApprovedSurface.txt");

    [Test]
    public void PublicSurface_Should_MatchTheApprovedList()
    {
        // Arrange
        var approved = File.ReadAllLines(ApprovedFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        // Act
        var actual = SurfaceSignatures.Of(Surface);

        // Assert
        Assert.That(actual.Except(approved), Is.Empty, "members not in ApprovedSurface.txt");
        Assert.That(approved.Except(actual), Is.Empty, "members in ApprovedSurface.txt that are gone");
    }
}

// One line per visible member: "Type :: kind name(parameters) : return".
internal static class SurfaceSignatures
{
    private const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static List<string> Of(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(type => new[] { $"{Name(type)} :: {Kind(type)}" }.Concat(Members(type)))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Members(Type type)
    {
        foreach (var member in type.GetMembers(Visible))
        {
            switch (member)
            {
                case ConstructorInfo ctor when ctor.IsPublic || ctor.IsFamily || ctor.IsFamilyOrAssembly:
                    yield return $"{Name(type)} :: {Access(ctor)}ctor({Parameters(ctor)})";
                    break;
                case MethodInfo method when (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName:
                    yield return $"{Name(type)} :: {Access(method)}{(method.IsStatic ? "static " : "")}{(method.IsVirtual && !method.IsFinal && !type.IsInterface ? "virtual " : "")}{method.Name}{Generic(method)}({Parameters(method)}) : {Name(method.ReturnType)}";
                    break;
                case PropertyInfo property when Accessors(property).Any():
                    yield return $"{Name(type)} :: property {property.Name}{Indexer(property)} : {Name(property.PropertyType)} {{ {string.Join(" ", Accessors(property))} }}";
                    break;
                case FieldInfo field when field.IsPublic && type.IsEnum && field.IsLiteral:
                    yield return $"{Name(type)} :: {field.Name} = {Convert.ToInt64(field.GetRawConstantValue())}";
                    break;
            }
        }
    }

    private static IEnumerable<string> Accessors(PropertyInfo property)
    {
        foreach (var (label, accessor) in new[] { ("get", property.GetMethod), ("set", property.SetMethod) })
        {
            if (accessor != null && (accessor.IsPublic || accessor.IsFamily || accessor.IsFamilyOrAssembly))
            {
                yield return (accessor.IsPublic ? "" : "protected ") + label + ";";
            }
        }
    }

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct"
        : $"{(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "")}class : {(type.BaseType == null ? "" : Name(type.BaseType))}"
          + (type.GetInterfaces().Length == 0 ? "" : " + " + string.Join(", ", type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal)));

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Indexer(PropertyInfo property)
    {
        var index = property.GetIndexParameters();
        return index.Length == 0 ? "" : "[" + string.Join(", ", index.Select(p => Name(p.ParameterType))) + "]";
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + (p.GetCustomAttribute<ParamArrayAttribute>() != null ? "params " : "") + Name(p.ParameterType)));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;
        var prefix = type.DeclaringType != null ? Name(type.DeclaringType) + "." : (type.Namespace?.StartsWith("Microsoft.Xrm.Sdk", StringComparison.Ordinal) == true ? type.Namespace + "." : "");
        return prefix + name + (type.IsGenericType ? "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : "");
    }
}
