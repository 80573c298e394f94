using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The open deals with the highest and lowest <c>crmspm_dealscore</c>, with the reasons stored beside it.</summary>
internal static class OrgDealScoresTable
{
    public const string Title = "Deal scores";
    private const int PerEnd = 2;

    public static Table Build(OrgReadBack readBack)
    {
        var deals = readBack.OpenDeals;
        var table = new Table { Title = new TableTitle(Title + " (" + deals.Count + " open deals, " + deals.Count(d => d.Score.HasValue) + " scored)"), Border = TableBorder.Rounded };
        table.AddColumns("Deal", "Owner", "Score", "Helps", "Hurts");
        table.Columns[2].RightAligned();
        var shown = deals.Count <= 2 * PerEnd ? deals : deals.Take(PerEnd).Concat(deals.Skip(deals.Count - PerEnd)).ToList();
        foreach (var deal in shown)
        {
            table.AddRow(
                Markup.Escape(deal.Name),
                Markup.Escape(deal.Owner),
                deal.Score.HasValue ? deal.Score.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Format.Missing,
                Markup.Escape(string.Join("; ", deal.Helps)),
                Markup.Escape(string.Join("; ", deal.Hurts)));
        }

        return table;
    }
}
