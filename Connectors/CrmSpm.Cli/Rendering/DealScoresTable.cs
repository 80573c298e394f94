using System.Linq;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The open deals with the highest and lowest win probability, with their reasons.</summary>
internal static class DealScoresTable
{
    public const string Title = "Deal scores";
    private const int PerEnd = 2;

    public static Table Build(ScoringResult result)
    {
        var table = new Table { Title = new TableTitle(Title + " (" + result.DealScores.Count + " open deals, model from " + (result.DealModel?.WonCount + result.DealModel?.LostCount ?? 0) + " closed)"), Border = TableBorder.Rounded };
        table.AddColumns("Deal", "Score", "Helps", "Hurts");
        table.Columns[1].RightAligned();
        var ordered = result.DealScores.OrderByDescending(d => d.Probability).ThenBy(d => d.OpportunityId, System.StringComparer.Ordinal).ToList();
        var shown = ordered.Take(PerEnd).Concat(ordered.Skip(PerEnd).Reverse().Take(PerEnd).Reverse());
        foreach (var deal in shown)
        {
            table.AddRow(
                Markup.Escape(deal.OpportunityId),
                deal.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", deal.PositiveReasons.Select(r => r.Text))),
                Markup.Escape(string.Join("; ", deal.NegativeReasons.Select(r => r.Text))));
        }

        return table;
    }
}
