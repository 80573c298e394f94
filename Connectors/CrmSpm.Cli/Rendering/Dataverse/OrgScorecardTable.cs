using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>
/// The team scorecards as the <c>crmspm_scorecard</c> rows of the period hold them: one table per team (so each reads
/// at 80 columns; the won and lost counts are in each tier's reason), most need first (<see cref="NeedOrder"/>).
/// </summary>
internal static class OrgScorecardTable
{
    public const string Title = "Team scorecard";
    public const int MaxRows = 25;

    /// <summary>The rows in need order; the tier reasons follow it.</summary>
    public static IReadOnlyList<ScorecardRow> Ordered(OrgReadBack readBack) =>
        NeedOrder.Sort(readBack.Scorecards, c => c.QueueRank, c => c.Tier, c => c.Rep);

    public static IEnumerable<Table> Build(OrgReadBack readBack, TableLimits limits)
    {
        if (readBack.Scorecards.Count == 0)
        {
            var none = Cells.Table(Title + " " + readBack.Period + " (crmspm_scorecard rows)", "Rep");
            Cells.Note(none, "No scorecard for this period: the recompute wrote none.");
            yield return none;
            yield break;
        }

        foreach (var team in Ordered(readBack).GroupBy(c => c.Team).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var rows = team.ToList();
            var title = Title + " " + readBack.Period + (team.Key.Length > 0 ? ", " + team.Key : "") + " (crmspm_scorecard rows)";
            var table = Cells.Table(title, "Rep", "Tier", "Adoption", "Behaviour", "Win rate", "Quota", "Coverage (need)");
            table.Columns[0].NoWrap();
            foreach (var column in table.Columns.Skip(1))
            {
                column.RightAligned();
            }

            var shown = limits.Take(rows, MaxRows);
            foreach (var card in shown)
            {
                table.AddRow(
                    Cells.Text(card.Rep),
                    Cells.Styled(Colours.Tier(card.Tier)),
                    Cells.Text(Format.Score((double?)card.Adoption)),
                    Cells.Text(Format.Score((double?)card.Behaviour)),
                    Cells.Text(Format.Percent((double?)card.WinRate)),
                    Cells.Text(Format.Percent((double?)card.QuotaAttainment)),
                    Cells.Text(Format.Ratio((double?)card.Coverage) + " (" + Format.Ratio((double?)card.NeededCoverage) + ")"));
            }

            if (TableLimits.LeftOut(rows.Count, shown.Count, "reps", NeedOrder.LeftOutWhich) is { } note)
            {
                Cells.Note(table, note);
            }

            yield return table;
        }
    }
}
