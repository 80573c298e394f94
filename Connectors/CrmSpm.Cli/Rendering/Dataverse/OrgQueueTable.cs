using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The coaching queue from the scorecards' <c>crmspm_revenuegain</c> and <c>crmspm_largestgap</c>: who to coach first, and on what.</summary>
internal static class OrgQueueTable
{
    public const string Title = "Coaching queue";
    private const int MaxRows = 10;

    public static Table Build(OrgReadBack readBack)
    {
        var queue = readBack.Scorecards
            .Where(c => c.RevenueGain > 0)
            .OrderByDescending(c => c.RevenueGain)
            .ThenBy(c => c.Rep, System.StringComparer.Ordinal)
            .ToList();
        var table = new Table { Title = new TableTitle(Title + " (" + queue.Count + " reps to lift)"), Border = TableBorder.Rounded };
        table.AddColumns("Rep", "Team", "Win rate", "Expected gain", "Coach on");
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        foreach (var card in queue.Take(MaxRows))
        {
            table.AddRow(
                Markup.Escape(card.Rep),
                Markup.Escape(card.Team),
                Format.Percent((double?)card.WinRate),
                Format.Money((double?)card.RevenueGain),
                Markup.Escape(card.LargestGap ?? Format.Missing));
        }

        if (queue.Count == 0)
        {
            table.AddRow("Nobody to lift: no A-tier benchmark yet, or every rep is at it.", "", "", "", "");
        }

        return table;
    }
}
