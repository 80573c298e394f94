using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The open deals with the highest and lowest <c>crmspm_dealscore</c> (every one with --all), with the reasons stored beside it.</summary>
internal static class OrgDealScoresTable
{
    public const string Title = "Deal scores";

    public static Table Build(OrgReadBack readBack, TableLimits limits)
    {
        var deals = readBack.OpenDeals;
        var table = Cells.Table(Title + " (" + deals.Count + " open deals, " + deals.Count(d => d.Score.HasValue) + " scored)", "Deal", "Owner", "Score", "Helps", "Hurts");
        table.Columns[2].RightAligned();
        var shown = DealScoresTable.Ends(deals, limits);
        foreach (var deal in shown)
        {
            Cells.Row(table,
                deal.Name,
                deal.Owner,
                deal.Score.HasValue ? deal.Score.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Format.Missing,
                string.Join("; ", deal.Helps),
                string.Join("; ", deal.Hurts));
        }

        if (TableLimits.LeftOut(deals.Count, shown.Count, "open deals", "between the highest and the lowest") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }
}
