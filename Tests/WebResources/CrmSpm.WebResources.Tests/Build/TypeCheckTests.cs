using System.Diagnostics;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Build;

/// <summary>The web resources type-check against @types/xrm with `tsc --checkJs` (WebResources/tsconfig.json).</summary>
public sealed class TypeCheckTests
{
    [Test]
    public void WebResources_TypeCheck_Should_PassWithoutErrors()
    {
        // Arrange
        var compiler = Path.Combine(RepositoryPaths.WebResources, "node_modules", "typescript", "bin", "tsc");
        if (!File.Exists(compiler))
        {
            TestEnvironment.Unavailable($"TypeScript is not installed: run 'npm ci --prefix WebResources' ({compiler} is missing).");
        }

        var start = new ProcessStartInfo("node", [compiler, "-p", "tsconfig.json", "--noEmit", "--pretty", "false"])
        {
            WorkingDirectory = RepositoryPaths.WebResources,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Act
        using var process = StartOrSkip(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(TimeSpan.FromMinutes(3));

        // Assert
        Assert.That(finished, Is.True, "tsc did not finish within 3 minutes");
        Assert.That(process.ExitCode, Is.Zero, $"tsc reported:{Environment.NewLine}{output.Result}{errors.Result}");
    }

    private static Process StartOrSkip(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            TestEnvironment.Unavailable("Node.js is not installed: the type-check needs 'node' on PATH.");
            throw;
        }
    }
}
