using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The manager's team scorecard: one row per rep, best tier and rank first.</summary>
internal static class ScorecardTable
{
    public const string Title = "Team scorecard";
    private const int MaxRows = 25;

    public static Table Build(ScoringResult result)
    {
        var table = new Table { Title = new TableTitle(Title + " " + result.Period), Border = TableBorder.Rounded };
        table.AddColumns("Rep", "Tier", "Adoption", "Behaviour", "Win rate", "Quota", "Coverage (need)", "Velocity/day", "Pushes/deal", "Forecast bias");
        table.Columns[0].NoWrap();
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        var ordered = result.Scorecards
            .OrderBy(c => c.Tier.Tier)
            .ThenBy(c => c.Tier.Rank)
            .ThenBy(c => c.RepName, System.StringComparer.Ordinal);
        foreach (var card in ordered.Take(MaxRows))
        {
            var outcomes = card.Outcomes;
            table.AddRow(
                Markup.Escape(card.RepName),
                TierLetter.Of(card.Tier.Tier) ?? Format.Missing,
                Format.Score(card.Adoption.Value),
                Format.Score(card.Behaviour.Value),
                Format.Percent(outcomes.WinRate),
                Format.Percent(outcomes.Attainment),
                Format.Ratio(outcomes.Coverage) + " (" + Format.Ratio(outcomes.NeededCoverage) + ")",
                Format.Money(outcomes.Velocity),
                Format.Number(outcomes.SlippagePerDeal),
                Format.SignedPercent(outcomes.Forecast?.Bias));
        }

        if (result.Scorecards.Count > MaxRows)
        {
            table.AddRow("… and " + (result.Scorecards.Count - MaxRows) + " more reps");
        }

        return table;
    }
}
