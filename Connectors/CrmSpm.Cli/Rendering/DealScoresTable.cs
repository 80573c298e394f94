using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The open deals with the highest and lowest win probability, with their reasons.</summary>
internal static class DealScoresTable
{
    public const string Title = "Deal scores";
    private const int PerEnd = 2;

    /// <summary>Deals and owners are shown by name from <paramref name="snapshot"/>; an id stands in where a name is blank.</summary>
    public static Table Build(ScoringResult result, OrgSnapshot snapshot)
    {
        var deals = snapshot.Opportunities.Where(o => o?.Id != null).GroupBy(o => o.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var reps = snapshot.Reps.Where(r => r?.Id != null).GroupBy(r => r.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => NameOr(g.First().Name, g.Key), System.StringComparer.Ordinal);
        var table = new Table { Title = new TableTitle(Title + " (" + result.DealScores.Count + " open deals, model from " + (result.DealModel?.WonCount + result.DealModel?.LostCount ?? 0) + " closed)"), Border = TableBorder.Rounded };
        table.AddColumns("Deal", "Owner", "Score", "Helps", "Hurts");
        table.Columns[2].RightAligned();
        var ordered = result.DealScores.OrderByDescending(d => d.Probability).ThenBy(d => d.OpportunityId, System.StringComparer.Ordinal).ToList();
        var shown = ordered.Take(PerEnd).Concat(ordered.Skip(PerEnd).Reverse().Take(PerEnd).Reverse());
        foreach (var deal in shown)
        {
            deals.TryGetValue(deal.OpportunityId, out var opportunity);
            var owner = opportunity?.OwnerId;
            table.AddRow(
                Markup.Escape(NameOr(opportunity?.Name, deal.OpportunityId)),
                Markup.Escape(owner != null && reps.TryGetValue(owner, out var repName) ? repName : owner ?? ""),
                deal.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", deal.PositiveReasons.Select(r => r.Text))),
                Markup.Escape(string.Join("; ", deal.NegativeReasons.Select(r => r.Text))));
        }

        return table;
    }

    private static string NameOr(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name!;
}
