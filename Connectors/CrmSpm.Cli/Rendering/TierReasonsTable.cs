using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>Why each rep is in their tier, in Core's words (the same text the scorecard row stores in crmspm_details).</summary>
internal static class TierReasonsTable
{
    public const string Title = "Why each tier";
    private const int MaxRows = 25;

    /// <summary>The tiers of a Core run, best tier and rank first.</summary>
    public static Table Build(ScoringResult result) =>
        Build(result.Scorecards
            .OrderBy(c => c.Tier.Tier)
            .ThenBy(c => c.Tier.Rank)
            .ThenBy(c => c.RepName, System.StringComparer.Ordinal)
            .Select(c => (c.RepName, TierLetter.Of(c.Tier.Tier) ?? Format.Missing, c.Tier.Explanation))
            .ToList());

    /// <summary>Rows of (rep, tier letter, explanation), printed in the given order.</summary>
    public static Table Build(IReadOnlyList<(string Rep, string Tier, string Reason)> rows)
    {
        var table = new Table { Title = new TableTitle(Title), Border = TableBorder.Rounded };
        table.AddColumns("Rep", "Tier", "Why");
        table.Columns[0].NoWrap();
        foreach (var (rep, tier, reason) in rows.Take(MaxRows))
        {
            table.AddRow(Markup.Escape(rep), tier, Markup.Escape(reason));
        }

        if (rows.Count > MaxRows)
        {
            table.AddRow("… and " + (rows.Count - MaxRows) + " more reps", "", "");
        }

        return table;
    }
}
