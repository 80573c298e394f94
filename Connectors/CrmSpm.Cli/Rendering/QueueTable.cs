using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// The manager's coaching queue: who to coach first (Core's rank, stored on the scorecard), what it is worth and on
/// what. Every row is printed, in rank order; nothing here decides the order.
/// </summary>
internal static class QueueTable
{
    public const string Title = "Coaching queue";

    /// <summary>The queue of a Core run.</summary>
    public static Table Build(ScoringResult result) =>
        Build(result.Queue.Select(e => new QueueRow(e.Rank, e.RepName, e.GainText, e.CoachText)).ToList(), Title);

    public static Table Build(IReadOnlyList<QueueRow> rows, string title)
    {
        var table = Cells.Table(title + " (" + rows.Count + " reps to lift)", "#", "Rep", "Expected gain", "Coach on");
        table.Columns[0].RightAligned();
        table.Columns[1].NoWrap();
        foreach (var row in rows.OrderBy(r => r.Rank))
        {
            Cells.Row(table, row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Rep, row.Gain, row.Coach);
        }

        if (rows.Count == 0)
        {
            Cells.Note(table, "Nobody to lift: no A-tier benchmark yet, or every rep is at it.");
        }

        return table;
    }
}
