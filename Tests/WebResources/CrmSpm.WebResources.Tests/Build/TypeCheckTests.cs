using System.Diagnostics;
using CrmSpm.WebResources.Tests.Infrastructure;

namespace CrmSpm.WebResources.Tests.Build;

/// <summary>The web resources type-check against @types/xrm with `tsc --checkJs` (WebResources/tsconfig.json).</summary>
public sealed class TypeCheckTests
{
    private static readonly TimeSpan TypeCheckTimeout = TimeSpan.FromMinutes(10);

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
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            // Generous: tsc takes seconds; this only stops a hung compiler from hanging the test run.
            if (!process.WaitForExit(TypeCheckTimeout))
            {
                Assert.Fail($"tsc did not finish within {TypeCheckTimeout.TotalMinutes} minutes; it was stopped. Run 'npm run typecheck --prefix WebResources' to see why.");
            }

            process.WaitForExit();

            // Assert
            Assert.That(process.ExitCode, Is.Zero, $"tsc reported:{Environment.NewLine}{output.Result}{errors.Result}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
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
