using System;
using System.IO;
using System.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// The web resources ship as WebResources/build.mjs writes them (one bundled, minified ES2018 script and one
/// stylesheet per page, in WebResources/dist/crmspm_), not as the source modules: the packer packs dist only when
/// it is there and newer than every source it is built from.
/// </summary>
public static class WebResourceBuild
{
    private const string BuildCommand = "npm ci --prefix WebResources && npm run build --prefix WebResources";

    /// <summary>WebResources/dist: the folder whose crmspm_/ holds the shipped files.</summary>
    public static string DistOf(string webResourcesFolder) => Path.Combine(webResourcesFolder, "dist");

    /// <summary>Null when <paramref name="webResourcesFolder"/>/dist is built and current, else why it is not.</summary>
    public static string? Problem(string webResourcesFolder)
    {
        var shipped = Path.Combine(DistOf(webResourcesFolder), "crmspm_");
        var built = Directory.Exists(shipped) ? Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories).ToList() : new();
        if (built.Count == 0)
        {
            return $"The web resources are not built: {shipped} is missing or empty. Run `{BuildCommand}` first.";
        }

        var sources = Directory.EnumerateFiles(Path.Combine(webResourcesFolder, "crmspm_"), "*", SearchOption.AllDirectories)
            .Append(Path.Combine(webResourcesFolder, "build.mjs"));
        var oldestBuilt = built.Min(File.GetLastWriteTimeUtc);
        var newer = sources.Where(File.Exists).Where(s => File.GetLastWriteTimeUtc(s) > oldestBuilt).ToList();
        return newer.Count == 0
            ? null
            : $"The web-resource build in {shipped} is older than {newer.Count} source file(s), e.g. {newer[0]}. Run `{BuildCommand}` again.";
    }

    /// <summary>Throws, with what to run, unless the build is current.</summary>
    public static void EnsureCurrent(string webResourcesFolder)
    {
        if (Problem(webResourcesFolder) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
