using System.Diagnostics;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// The web resources as they ship: `npm run build` (WebResources/build.mjs) bundles each page into dist/crmspm_.
/// The browser, size and syntax tests all run against that output, built once per test run.
/// </summary>
public static class ShippedBuild
{
    private static readonly Lazy<string?> Failure = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>WebResources/dist: the folder whose crmspm_/ is packed into the solution.</summary>
    public static string Root => Path.Combine(RepositoryPaths.WebResources, "dist");

    /// <summary>Builds dist/ on first call; skips (locally) or fails (CI) the test when the tools are missing or the build fails.</summary>
    public static void EnsureBuilt()
    {
        if (Failure.Value is { } message)
        {
            TestEnvironment.Unavailable(message);
        }
    }

    /// <summary>Runs a Node.js script of WebResources/ and returns its exit code and output.</summary>
    public static (int ExitCode, string Output) RunNode(string script)
    {
        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = RepositoryPaths.WebResources,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"node {script} did not finish within 2 minutes; it was stopped.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }

    private static string? Build()
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.WebResources, "node_modules", "esbuild")))
        {
            return "The web resources' build tools are not installed: run 'npm ci --prefix WebResources'.";
        }

        try
        {
            var (exitCode, output) = RunNode("build.mjs");
            return exitCode == 0 ? null : $"npm run build failed:{Environment.NewLine}{output}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed: the build needs 'node' on PATH.";
        }
    }
}
