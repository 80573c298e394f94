using System.Diagnostics;
using System.Text.Json;

namespace Microsoft.Xrm.Sdk.Tests;

// The switch of docs/xrm-sdk-surface.md: Plugins/Sdk/XrmSdkReference.props picks the surface or the official
// Microsoft.CrmSdk.CoreAssemblies package. Checked by MSBuild evaluation (no restore, no package source needed).
public class XrmSdkReferencePropsTests : SurfaceTestBase
{
    private string _projectDirectory = null!;

    [SetUp]
    public void CreateProbeProject()
    {
        _projectDirectory = Directory.CreateTempSubdirectory("xrm-props-").FullName;
        var props = Path.Combine(RepositoryRoot(), "Plugins", "Sdk", "XrmSdkReference.props");
        File.WriteAllText(Path.Combine(_projectDirectory, "probe.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFrameworks>net462;net10.0</TargetFrameworks></PropertyGroup>
              <Import Project="{props}" />
            </Project>
            """);
    }

    [TearDown]
    public void DeleteProbeProject() => Directory.Delete(_projectDirectory, recursive: true);

    [Test]
    public void Default_Net462_Should_ReferenceTheSurface_WithoutCopyingIt()
    {
        // Arrange / Act
        var items = Evaluate("net462", useOfficial: false);

        // Assert: the deployable never ships the surface (the platform provides the SDK).
        var reference = items.ProjectReferences.Single();
        Assert.That(reference.Identity, Does.EndWith("Microsoft.Xrm.Sdk.csproj"));
        Assert.That(reference.Private, Is.EqualTo("false"));
        Assert.That(items.Packages, Is.Empty);
        Assert.That(items.FrameworkReferences, Does.Contain("System.ServiceModel"));
    }

    [Test]
    public void Official_Net462_Should_ReferenceTheCoreAssembliesPackage()
    {
        // Arrange / Act
        var items = Evaluate("net462", useOfficial: true);

        // Assert
        Assert.That(items.ProjectReferences, Is.Empty);
        Assert.That(items.Packages, Is.EqualTo(new[] { "Microsoft.CrmSdk.CoreAssemblies" }));
    }

    [Test]
    public void Official_Net10_Should_KeepTheSurface_BecauseThePackageIsNet462Only()
    {
        // Arrange / Act
        var items = Evaluate("net10.0", useOfficial: true);

        // Assert
        Assert.That(items.ProjectReferences.Single().Private, Is.Empty);
        Assert.That(items.Packages, Is.Empty);
    }

    private (List<(string Identity, string Private)> ProjectReferences, List<string> Packages, List<string> FrameworkReferences) Evaluate(string targetFramework, bool useOfficial)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = _projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "msbuild", "probe.csproj", "-getItem:ProjectReference", "-getItem:PackageReference", "-getItem:Reference", $"-p:TargetFramework={targetFramework}", $"-p:UseOfficialXrmSdk={useOfficial.ToString().ToLowerInvariant()}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), output + errors);

        var items = JsonDocument.Parse(output).RootElement.GetProperty("Items");
        IEnumerable<JsonElement> Of(string name) => items.TryGetProperty(name, out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>();
        static string Metadata(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        return (
            Of("ProjectReference").Select(i => (Metadata(i, "Identity"), Metadata(i, "Private"))).ToList(),
            Of("PackageReference").Select(i => Metadata(i, "Identity")).ToList(),
            Of("Reference").Select(i => Metadata(i, "Identity")).ToList());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Plugins", "Sdk", "XrmSdkReference.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Plugins/Sdk/XrmSdkReference.props not found above the test directory.");
    }
}
