using System.Diagnostics;

namespace CrmSpm.Cli.Tests;

public class RedirectedOutputTests : CliTestBase
{
    /// <summary>
    /// Not a speed target: only a guard so a hung child cannot hang the test run. Generous because two cores are
    /// shared by every build on the machine.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    [Test]
    public async Task Demo_WithStdoutRedirected_Should_PrintTablesAndExitZero()
    {
        // Arrange: the real executable with the process console, as in `crmspm demo > file` or a CI log.
        var (exitCode, output, error) = await RunAsync("demo", "--reps", "4", "--deals-per-rep", "15", "--now", "2026-11-15");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Team scorecard 2026-11"));
        Assert.That(output, Does.Not.Contain("\u001b["), "no escape codes in a redirected stream");
        Assert.That(output + error, Does.Not.Contain("replaying events").And.Not.Contain("generating the org").And.Not.Contain("#####"), "no progress when redirected");
        Assert.That(output.Split('\n').Select(l => l.TrimEnd('\r')), Has.All.Length.LessThanOrEqualTo(80), "80 columns when redirected");
    }

    [Test]
    public async Task Help_WithStdoutRedirected_Should_FitEightyColumns()
    {
        // Act: `crmspm import --help > file`: System.CommandLine would otherwise print each option on one long line.
        var (exitCode, output, error) = await RunAsync("import", "--help");

        // Assert
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("--out"));
        Assert.That(output.Split('\n').Select(l => l.TrimEnd('\r')), Has.All.Length.LessThanOrEqualTo(80), output);
    }

    /// <summary>Runs the real executable with stdout and stderr redirected; returns its exit code, stdout and stderr.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "crmspm.dll") }.Concat(args))
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        string output, error;
        try
        {
            var outputTask = process.StandardOutput.ReadToEndAsync();
            var errorTask = process.StandardError.ReadToEndAsync();
            using var guard = new CancellationTokenSource(HangGuard);
            try
            {
                await process.WaitForExitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"crmspm {string.Join(" ", args)} did not exit within the {HangGuard.TotalMinutes} minute hang guard; its process tree was killed.");
            }

            output = await outputTask;
            error = await errorTask;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, output, error);
    }
}
