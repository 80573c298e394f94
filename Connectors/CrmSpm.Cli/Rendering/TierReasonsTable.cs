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
    public const int MaxRows = 25;

    /// <summary>The tiers of a Core run, in the scorecard's order.</summary>
    public static Table Build(ScoringResult result, TableLimits limits) =>
        Build(ScorecardTable.Ordered(result).Select(c => (c.RepName, TierLetter.Of(c.Tier.Tier) ?? Format.Missing, c.Tier.Explanation)).ToList(), limits);

    /// <summary>Rows of (rep, tier letter, explanation), printed in the given order.</summary>
    public static Table Build(IReadOnlyList<(string Rep, string Tier, string Reason)> rows, TableLimits limits)
    {
        var table = Cells.Table(Title, "Rep", "Tier", "Why");
        table.Columns[0].NoWrap();
        var shown = limits.Take(rows, MaxRows);
        foreach (var (rep, tier, reason) in shown)
        {
            table.AddRow(Cells.Text(rep), Cells.Styled(Colours.Tier(tier)), Cells.Text(reason));
        }

        if (TableLimits.LeftOut(rows.Count, shown.Count, "reps", NeedOrder.LeftOutWhich) is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }
}
