using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Config;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync;
using Spectre.Console;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// <c>crmspm salesforce sync --config &lt;file&gt;</c>: one incremental sync run (docs/salesforce.md), with progress
/// and a summary of rows read, tips written and closed, API calls used and the daily allowance left.
/// Exit codes: <see cref="SyncExitCodes"/>.
/// </summary>
public static class SalesforceCommand
{
    /// <summary>Builds the command; <paramref name="console"/> defaults to the process console (tests pass their own).</summary>
    public static Command Create(IAnsiConsole? console = null)
    {
        var config = new Option<FileInfo>("--config") { Description = "The sync's config file (org, auth, objects, profile).", Required = true };
        var sync = new Command("sync", "Read what changed in Salesforce, score it and write coaching tasks and scorecards back.");
        sync.Options.Add(config);
        sync.SetAction((parse, cancellationToken) => RunAsync(console ?? AnsiConsole.Console,
            parse.InvocationConfiguration.Error, parse.GetValue(config)!, cancellationToken));

        var command = new Command("salesforce", "Salesforce connector.");
        command.Subcommands.Add(sync);
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole output, TextWriter error, FileInfo configFile, CancellationToken cancellationToken)
    {
        // Errors go to stderr in plain words; the summary and progress to stdout. Exit codes: SyncExitCodes (README.md).
        const string NothingSaved = " Nothing was saved; the next run repeats this window.";
        try
        {
            var config = SalesforceConfigLoader.Load(configFile.FullName);
            // The client applies its own per-attempt timeout; HttpClient's 100 s default would cut it short.
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var sync = SalesforceSyncBuilder.Build(config, Environment.GetEnvironmentVariable, http, TimeProvider.System,
                new ProgressLines(output), log: null);
            output.MarkupLine($"Syncing [bold]{Markup.Escape(config.LoginUrl.Host)}[/] with state in {Markup.Escape(config.StatePath)}");
            var summary = await sync.RunAsync(cancellationToken).ConfigureAwait(false);
            Render(output, summary);
            // Refused records make the run non-zero so schedulers notice, even though the state was saved.
            return SyncExitCodes.For(summary);
        }
        catch (SalesforceConfigException exception)
        {
            return Fail(error, SyncExitCodes.ConfigProblem, exception.Message);
        }
        catch (SalesforceSetupException exception)
        {
            return Fail(error, SyncExitCodes.ConfigProblem, "The org is not ready: " + exception.Message);
        }
        catch (SalesforceAuthenticationException exception)
        {
            return Fail(error, SyncExitCodes.LoginRefused, exception.Message);
        }
        catch (RequestLimitExceededException exception)
        {
            return Fail(error, SyncExitCodes.LimitReached, exception.Message + NothingSaved);
        }
        catch (Exception exception) when (exception is SalesforceApiException or SalesforceTransportException or InvalidDataException)
        {
            return Fail(error, SyncExitCodes.SalesforceError, exception.Message + NothingSaved);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else is our bug or the machine's (disk full, no permission): one plain line, no stack trace.
            return Fail(error, SyncExitCodes.SalesforceError, "The sync stopped: " + exception.Message + NothingSaved);
        }
    }

    private static void Render(IAnsiConsole output, SyncSummary summary)
    {
        var table = new Table().HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        foreach (var rows in summary.RowsRead)
        {
            table.AddRow($"{rows.Key} rows read", rows.Value.ToString("N0"));
        }

        table.AddRow("Tips written (created / updated)", $"{summary.TipsWritten:N0} ({summary.TipsCreated:N0} / {summary.TipsUpdated:N0})");
        table.AddRow("Tips closed (condition cleared)", summary.TipsClosed.ToString("N0"));
        table.AddRow("Reps' responses recorded", summary.ResponsesRecorded.ToString("N0"));
        table.AddRow("Scorecards written", summary.ScorecardsWritten.ToString("N0"));
        table.AddRow("Data issues (listed below)", summary.DataIssues.Count.ToString("N0"));
        table.AddRow("API calls used", summary.ApiCalls.ToString("N0"));
        table.AddRow("Daily API allowance left", summary.Usage is { } usage ? $"{usage.Remaining:N0} of {usage.Limit:N0}" : "not reported");
        output.Write(table);

        // Every issue, with its record: an admin fixes the record in Salesforce (or the config), so a count alone does not help.
        foreach (var issue in summary.DataIssues)
        {
            output.MarkupLine("[yellow]data issue:[/] " + ConsoleText.Line(issue.ToString()));
        }

        foreach (var failure in summary.Failures.Take(20))
        {
            output.MarkupLine("[yellow]not written:[/] " + ConsoleText.Line(failure));
        }

        if (summary.Failures.Count > 20)
        {
            output.MarkupLine($"[yellow]… and {summary.Failures.Count - 20} more.[/]");
        }

        if (summary.Failures.Count > 0)
        {
            output.MarkupLine($"[yellow]{summary.Failures.Count:N0} record(s) not written: the rest was saved and these are retried on the next run (exit code {SyncExitCodes.RecordsNotWritten}).[/]");
        }
    }

    private static int Fail(TextWriter error, int code, string message)
    {
        error.WriteLine(message);
        return code;
    }

    /// <summary>One line per phase and object (reads report each page, so the line count stays small).</summary>
    private sealed class ProgressLines : IProgress<SyncProgress>
    {
        private readonly IAnsiConsole _output;
        private string _current = "";

        public ProgressLines(IAnsiConsole output)
        {
            _output = output;
        }

        public void Report(SyncProgress value)
        {
            var step = value.Phase + " " + value.Item;
            var finished = value.Total is { } total && value.Done >= total;
            if (step != _current || finished)
            {
                _output.MarkupLine("[grey]" + Markup.Escape(value.ToString()) + "[/]");
                _current = finished ? "" : step;
            }
        }
    }
}
