using System.Linq;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The manager's coaching queue: who to coach first, what it is worth and on what.</summary>
internal static class QueueTable
{
    public const string Title = "Coaching queue";

    public static Table Build(ScoringResult result)
    {
        var table = new Table { Title = new TableTitle(Title), Border = TableBorder.Rounded };
        table.AddColumns("Rep", "Open pipeline", "Win rate → A", "Expected gain", "Coach on");
        table.Columns[1].RightAligned();
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (var entry in result.Queue)
        {
            var gap = entry.LargestGap;
            table.AddRow(
                Markup.Escape(entry.RepName),
                Format.Money(entry.OpenPipeline),
                Format.Percent(entry.WinRate) + " → " + Format.Percent(entry.TargetWinRate),
                Format.Money(entry.ExpectedGain),
                gap == null ? Format.Missing : Markup.Escape(gap.Label + ": " + Format.Behaviour(gap.RepValue, gap.Unit) + " vs " + Format.Behaviour(gap.Benchmark, gap.Unit)));
        }

        if (table.Rows.Count == 0)
        {
            table.AddRow("Nobody to lift: no A-tier benchmark yet, or every rep is at it.", "", "", "", "");
        }

        return table;
    }
}
