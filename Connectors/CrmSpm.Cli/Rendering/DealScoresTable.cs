using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The open deals with the highest and lowest win probability (every one with --all), with their reasons.</summary>
internal static class DealScoresTable
{
    public const string Title = "Deal scores";

    /// <summary>Deals shown at each end of the list without --all.</summary>
    public const int PerEnd = 2;

    /// <summary>Deals and owners are shown by name from <paramref name="snapshot"/>; an id stands in where a name is blank.</summary>
    public static Table Build(ScoringResult result, OrgSnapshot snapshot, TableLimits limits)
    {
        var deals = snapshot.Opportunities.Where(o => o?.Id != null).GroupBy(o => o.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var reps = snapshot.Reps.Where(r => r?.Id != null).GroupBy(r => r.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => NameOr(g.First().Name, g.Key), System.StringComparer.Ordinal);
        var table = Cells.Table(Title + " (" + result.DealScores.Count + " open deals, model from " + (result.DealModel?.WonCount + result.DealModel?.LostCount ?? 0) + " closed)", "Deal", "Owner", "Score", "Helps", "Hurts");
        table.Columns[2].RightAligned();
        var ordered = result.DealScores.OrderByDescending(d => d.Probability).ThenBy(d => d.OpportunityId, System.StringComparer.Ordinal).ToList();
        var shown = Ends(ordered, limits);
        foreach (var deal in shown)
        {
            deals.TryGetValue(deal.OpportunityId, out var opportunity);
            var owner = opportunity?.OwnerId;
            Cells.Row(table,
                NameOr(opportunity?.Name, deal.OpportunityId),
                owner != null && reps.TryGetValue(owner, out var repName) ? repName : owner ?? "",
                deal.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("; ", deal.PositiveReasons.Select(r => r.Text)),
                string.Join("; ", deal.NegativeReasons.Select(r => r.Text)));
        }

        if (TableLimits.LeftOut(ordered.Count, shown.Count, "open deals", "between the highest and the lowest") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }

    /// <summary>The <see cref="PerEnd"/> first and last of <paramref name="ordered"/>, or every one with --all.</summary>
    public static IReadOnlyList<T> Ends<T>(IReadOnlyList<T> ordered, TableLimits limits) =>
        limits.All || ordered.Count <= 2 * PerEnd ? ordered : ordered.Take(PerEnd).Concat(ordered.Skip(ordered.Count - PerEnd)).ToList();

    private static string NameOr(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name!;
}
