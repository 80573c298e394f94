using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>The team scorecard as the <c>crmspm_scorecard</c> rows of the period hold it, best tier first.</summary>
internal static class OrgScorecardTable
{
    public const string Title = "Team scorecard";
    private const int MaxRows = 25;

    public static Table Build(OrgReadBack readBack)
    {
        var table = new Table { Title = new TableTitle(Title + " " + readBack.Period + " (crmspm_scorecard rows)"), Border = TableBorder.Rounded };
        table.AddColumns("Rep", "Team", "Tier", "Adoption", "Behaviour", "Win rate", "Quota", "Coverage (need)", "Won / lost");
        table.Columns[0].NoWrap();
        foreach (var column in table.Columns.Skip(2))
        {
            column.RightAligned();
        }

        foreach (var card in readBack.Scorecards.Take(MaxRows))
        {
            table.AddRow(
                Markup.Escape(card.Rep),
                Markup.Escape(card.Team),
                card.Tier,
                Format.Score((double?)card.Adoption),
                Format.Score((double?)card.Behaviour),
                Format.Percent((double?)card.WinRate),
                Format.Percent((double?)card.QuotaAttainment),
                Format.Ratio((double?)card.Coverage) + " (" + Format.Ratio((double?)card.NeededCoverage) + ")",
                card.Won + " / " + card.Lost);
        }

        if (readBack.Scorecards.Count > MaxRows)
        {
            table.AddRow("… and " + (readBack.Scorecards.Count - MaxRows) + " more reps");
        }

        if (readBack.Scorecards.Count == 0)
        {
            table.AddRow("No scorecard for this period: the recompute wrote none.");
        }

        return table;
    }
}
