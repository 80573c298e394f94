using System;
using System.Collections.Generic;
using System.Text;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Cli.Import.Output;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Time;
using Spectre.Console;

namespace CrmSpm.Cli.Import;

/// <summary>
/// <c>crmspm import</c> after the files are read: prints the import summary, then scores the imported org as the
/// demo does, through the plugins in an embedded org (its history replayed as the reps' saves) or with Core alone,
/// prints the same tables, and with an output directory writes scorecards, tips, deal scores and data issues.
/// </summary>
public sealed class ImportRunner
{
    /// <summary>Skipped rows listed on screen; all of them are counted, and written to data-issues.csv with --out.</summary>
    public const int IssuesShown = 20;

    private readonly IAnsiConsole console;
    private readonly IClock clock;
    private readonly RunProgress? progress;

    /// <summary>A runner writing to <paramref name="console"/> with "now" from <paramref name="clock"/>; <paramref name="progress"/> hears the scoring's steps.</summary>
    public ImportRunner(IAnsiConsole console, IClock clock, RunProgress? progress = null)
    {
        this.console = console ?? throw new ArgumentNullException(nameof(console));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.progress = progress;
    }

    /// <summary>Prints the summary of <paramref name="summary"/>: the files' counts, then the issues (the first <see cref="IssuesShown"/>, or every one with <paramref name="all"/>).</summary>
    public void PrintSummary(ImportSummary summary, string mappingName, string cultureName, bool all = false)
    {
        ArgumentNullException.ThrowIfNull(summary);
        WriteWrapped("Import with mapping " + mappingName, "");
        WriteWrapped("Dates and amounts read in " + cultureName + ".", "");
        foreach (var line in summary.Lines())
        {
            WriteWrapped(line, "  ");
        }

        var shown = all ? summary.Issues.Count : Math.Min(IssuesShown, summary.Issues.Count);
        foreach (var issue in summary.Issues.Take(shown))
        {
            WriteWrapped(issue.ToString(), "  ");
        }

        if (summary.Issues.Count > shown)
        {
            WriteWrapped(string.Format(CultureInfo.InvariantCulture, "… and {0} more: {1} prints them, --out DIR writes every one to data-issues.csv.",
                summary.Issues.Count - shown, TableLimits.AllOption), "  ");
        }
    }

    /// <summary>The lines of <paramref name="text"/> at most <see cref="Screen.RedirectedWidth"/> wide, broken at spaces only, continued two spaces further in.</summary>
    public static IEnumerable<string> Wrapped(string text, string indent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder(indent);
        var empty = true;
        foreach (var word in text.Split(' '))
        {
            if (!empty && line.Length + 1 + word.Length > Screen.RedirectedWidth)
            {
                yield return line.ToString();
                line.Clear().Append(indent).Append("  ");
                empty = true;
            }

            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }

        yield return line.ToString();
    }

    private void WriteWrapped(string text, string indent)
    {
        foreach (var line in Wrapped(text, indent))
        {
            console.WriteLine(line);
        }
    }

    /// <summary>
    /// Scores <paramref name="snapshot"/> with <paramref name="profile"/> (the default profile when null); returns the exit
    /// code (1 when the replay had platform failures).
    /// </summary>
    public int Run(OrgSnapshot snapshot, ImportSummary summary, bool coreOnly, TableLimits limits, string? outDirectory, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var title = string.Format(CultureInfo.InvariantCulture, "CrmSpm on your data{0}: {1} reps, {2} opportunities, {3} activities, now {4:yyyy-MM-dd}",
            coreOnly ? " (Core alone)" : " in an embedded Dataverse org", snapshot.Reps.Count, snapshot.Opportunities.Count, snapshot.Activities.Count, clock.UtcNow);
        ExportTables tables;
        var exitCode = 0;
        if (coreOnly)
        {
            var result = new CoreDemoRunner(console, clock, progress).Run(snapshot, title, limits, profile);
            tables = ExportTables.From(result, snapshot, summary);
        }
        else
        {
            var result = new DataverseDemoRunner(console, clock, progress).Run(snapshot, title, limits, profile);
            tables = ExportTables.From(result.ReadBack, snapshot, summary);
            exitCode = result.AsyncFailures == 0 ? 0 : 1;
        }

        if (outDirectory != null)
        {
            console.WriteLine(ExportWriter.Write(outDirectory, tables));
        }

        return exitCode;
    }
}
