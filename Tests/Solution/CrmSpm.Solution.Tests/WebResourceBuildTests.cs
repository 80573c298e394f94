using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>The packer packs WebResources/dist only when it is built and newer than every source.</summary>
public class WebResourceBuildTests
{
    private string _folder = "";

    [SetUp]
    public void CreateWebResourcesFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"crmspm-wr-{Guid.NewGuid():N}");
        Write(Path.Combine("crmspm_", "coaching", "opportunity.js"), new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc));
        Write("build.mjs", new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void AMissingBuildIsReportedWithTheCommandToRun()
    {
        Assert.That(WebResourceBuild.Problem(_folder), Does.Contain("not built").And.Contain("npm run build --prefix WebResources"));
        Assert.That(() => WebResourceBuild.EnsureCurrent(_folder), Throws.InvalidOperationException.With.Message.Contain("not built"));
    }

    [Test]
    public void ABuildNewerThanEverySourceIsCurrent()
    {
        Write(Path.Combine("dist", "crmspm_", "coaching", "opportunity.js"), new DateTime(2026, 1, 1, 11, 0, 0, DateTimeKind.Utc));

        Assert.That(WebResourceBuild.Problem(_folder), Is.Null);
    }

    [Test]
    public void ASourceEditedAfterTheBuildMakesItStale()
    {
        Write(Path.Combine("dist", "crmspm_", "coaching", "opportunity.js"), new DateTime(2026, 1, 1, 11, 0, 0, DateTimeKind.Utc));
        Write(Path.Combine("crmspm_", "shared/format.js"), new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));

        Assert.That(WebResourceBuild.Problem(_folder), Does.Contain("older than 1 source file").And.Contain("format.js"));
    }

    [Test]
    public void AnEditedBuildScriptMakesItStale()
    {
        Write(Path.Combine("dist", "crmspm_", "coaching", "opportunity.js"), new DateTime(2026, 1, 1, 11, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(_folder, "build.mjs"), new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc));

        Assert.That(WebResourceBuild.Problem(_folder), Does.Contain("build.mjs"));
    }

    private void Write(string relative, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }
}
