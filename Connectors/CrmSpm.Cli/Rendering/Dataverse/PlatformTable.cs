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
        var table = Cells.Table(Title, "Measure", "Value");
        table.Columns[1].RightAligned();
        Cells.Row(table, "Events replayed", Count(replay.TotalEvents));
        foreach (var pair in replay.Events)
        {
            Cells.Row(table, "  " + Label(pair.Key), Count(pair.Value));
        }

        Cells.Row(table, "Service calls (replay + recomputes)", Count(replay.Calls + recompute.Calls));
        Cells.Row(table, "Rows read / written", Count(replay.RowsRead + recompute.RowsRead) + " / " + Count(replay.RowsWritten + recompute.RowsWritten));
        Cells.Row(table, "Round trips per opportunity update (avg / max)", RoundTrips(replay.OpportunityUpdates));
        Cells.Row(table, "Round trips per activity create (avg / max)", RoundTrips(replay.ActivityCreates));
        Cells.Row(table, "Calls per close's system job, off the save (avg / max)", RoundTrips(replay.AsyncJobs));
        Cells.Row(table, "Calls refused by the org", Count(replay.RejectedCalls));
        foreach (var rejection in replay.Rejections.Take(3))
        {
            table.AddRow(Cells.Styled("  [red]refused[/]"), Cells.Text(rejection));
        }

        Cells.Row(table, "Steps skipped after an internal error", Count(replay.SkippedSteps));
        Cells.Row(table, "Recomputes (month ends + final)", Count(history.MonthEndRuns) + " + 1");
        Cells.Row(table, "Final recompute: calls / rows written", Count(history.Final.Calls) + " / " + Count(history.Final.RowsWritten));
        Cells.Row(table, "Recompute executions (custom API calls)", Count(recompute.Pages));
        Cells.Row(table, "Async job failures", Count(recompute.Failures.Count));
        foreach (var failure in recompute.Failures.Take(3))
        {
            table.AddRow(Cells.Styled("  [red]failed[/]"), Cells.Text(failure));
        }

        Cells.Row(table, "Rows read back for this report", Count(rowsReadBack));
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
