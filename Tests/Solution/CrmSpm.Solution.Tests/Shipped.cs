using System.Diagnostics;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The web resources as they ship: WebResources/dist (built by `npm run build --prefix WebResources` when missing or
/// older than the sources), copied once per run so the browser tests rebuilding dist at the same time cannot disturb
/// these tests. Without Node.js or `npm ci --prefix WebResources`: skipped with a message locally, failed with CI=true.
/// </summary>
internal static class Shipped
{
    private static readonly string WebResources = Repository.PathOf("WebResources");
    private static readonly Lazy<(string? Root, string? Problem)> Snapshot = new(Take, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A folder whose crmspm_/ holds exactly the files the packer packs from WebResources/dist.</summary>
    public static string Root => Snapshot.Value.Root ?? Tools.SkipOrFail(Snapshot.Value.Problem!);

    /// <summary>The shipped file of a web resource name (crmspm_/…).</summary>
    public static string PathOf(string name) => Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Names (crmspm_/…, '/'-separated) of every shipped file.</summary>
    public static IReadOnlyList<string> Names() => Directory.EnumerateFiles(Path.Combine(Root, "crmspm_"), "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).OrderBy(n => n, StringComparer.Ordinal).ToList();

    private static (string?, string?) Take()
    {
        if (WebResourceBuild.Problem(WebResources) != null)
        {
            if (!Directory.Exists(Path.Combine(WebResources, "node_modules", "esbuild")))
            {
                return (null, "The web resources are not built and their build tools are not installed: run `npm ci --prefix WebResources`.");
            }

            if (Build() is { } failure) return (null, failure);
        }

        // The browser tests may be rebuilding dist (it is deleted, then written): retry until a complete copy is taken.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var copy = Path.Combine(Path.GetTempPath(), $"crmspm-shipped-{Guid.NewGuid():N}");
            try
            {
                CopyTree(WebResourceBuild.DistOf(WebResources), copy);
                if (WebResourceBuild.Problem(WebResources) == null && Complete(copy)) return (copy, null);
            }
            catch (IOException)
            {
            }

            Thread.Sleep(500);
        }

        return (null, $"No complete copy of {WebResourceBuild.DistOf(WebResources)} could be taken: {WebResourceBuild.Problem(WebResources)}");
    }

    /// <summary>Every page has its script and stylesheet, and the form library is there.</summary>
    private static bool Complete(string root)
    {
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).ToList();
        return pages.Count > 0 && File.Exists(Path.Combine(root, "crmspm_", "forms", "panelHost.js"))
               && pages.All(p => File.Exists(Path.ChangeExtension(p, ".js")) && File.Exists(Path.ChangeExtension(p, ".css")));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string? Build()
    {
        var start = new ProcessStartInfo("node", ["build.mjs"])
        {
            WorkingDirectory = WebResources, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"npm run build --prefix WebResources failed:{Environment.NewLine}{output.Result}{errors.Result}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed: the web resources cannot be built.";
        }
    }
}
