using System.Diagnostics;

namespace CrmSpm.Cli.Tests;

public class RedirectedOutputTests : CliTestBase
{
    [Test]
    public void Demo_WithStdoutRedirected_Should_PrintTablesAndExitZero()
    {
        // Arrange: the real executable with the process console, as in `crmspm demo > file` or a CI log.
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "crmspm.dll"), "demo", "--reps", "4", "--deals-per-rep", "15", "--now", "2026-11-15" })
        {
            startInfo.ArgumentList.Add(arg);
        }

        // Act
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(60_000);

        // Assert
        Assert.That(exited, Is.True, "the demo finishes within a minute");
        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        Assert.That(output.Result, Does.Contain("Team scorecard 2026-11"));
        Assert.That(output.Result, Does.Not.Contain("\u001b["), "no escape codes in a redirected stream");
    }
}
