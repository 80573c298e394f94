using System.Globalization;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>What the platform did: events replayed, service calls and rows, round trips per event, async jobs.</summary>
internal static class PlatformTable
{
    public const string Title = "Platform (embedded Dataverse org)";

    public static Table Build(MonthByMonthResult history, long rowsReadBack)
    {
        var replay = history.Replay;
        var recompute = history.MonthEnds.Plus(history.Final);
        var table = new Table { Title = new TableTitle(Title), Border = TableBorder.Rounded };
        table.AddColumns("Measure", "Value");
        table.Columns[1].RightAligned();
        table.AddRow("Events replayed", Count(replay.TotalEvents));
        foreach (var pair in replay.Events)
        {
            table.AddRow("  " + Label(pair.Key), Count(pair.Value));
        }

        table.AddRow("Service calls (replay + recomputes)", Count(replay.Calls + recompute.Calls));
        table.AddRow("Rows read / written", Count(replay.RowsRead + recompute.RowsRead) + " / " + Count(replay.RowsWritten + recompute.RowsWritten));
        table.AddRow("Round trips per opportunity update (avg / max)", RoundTrips(replay.OpportunityUpdates));
        table.AddRow("Round trips per activity create (avg / max)", RoundTrips(replay.ActivityCreates));
        table.AddRow("Calls per close's system job, off the save (avg / max)", RoundTrips(replay.AsyncJobs));
        table.AddRow("Calls refused by the org", Count(replay.RejectedCalls));
        foreach (var rejection in replay.Rejections.Take(3))
        {
            table.AddRow("  [red]refused[/]", Markup.Escape(rejection));
        }

        table.AddRow("Steps skipped after an internal error", Count(replay.SkippedSteps));
        table.AddRow("Recomputes (month ends + final)", Count(history.MonthEndRuns) + " + 1");
        table.AddRow("Final recompute: calls / rows written", Count(history.Final.Calls) + " / " + Count(history.Final.RowsWritten));
        table.AddRow("Recompute executions (custom API calls)", Count(recompute.Pages));
        table.AddRow("Async job failures", Count(recompute.Failures.Count));
        foreach (var failure in recompute.Failures.Take(3))
        {
            table.AddRow("  [red]failed[/]", Markup.Escape(failure));
        }

        table.AddRow("Rows read back for this report", Count(rowsReadBack));
        return table;
    }

    private static string Label(ReplayEventKind kind) => kind switch
    {
        ReplayEventKind.DealCreated => "deals created",
        ReplayEventKind.CloseDatePushed => "close dates pushed",
        ReplayEventKind.StageChanged => "stage changes",
        ReplayEventKind.ActivityCompleted => "activities logged (completed)",
        ReplayEventKind.NextStepSet => "next steps written",
        ReplayEventKind.DealWon => "deals won (WinOpportunity)",
        ReplayEventKind.DealLost => "deals lost (LoseOpportunity)",
        ReplayEventKind.TaskPlanned => "follow-up tasks planned",
        _ => kind.ToString(),
    };

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string RoundTrips(RoundTrips trips) =>
        trips.Average.HasValue
            ? trips.Average.Value.ToString("0.00", CultureInfo.InvariantCulture) + " / " + Count(trips.Max)
            : Format.Missing;
}
