using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// The manager's team scorecard, most need first (<see cref="NeedOrder"/>): scores and outcomes, then the pipeline
/// habits in a second table so each reads at 80 columns.
/// </summary>
internal static class ScorecardTable
{
    public const string Title = "Team scorecard";
    public const string HabitsTitle = "Pipeline habits";
    public const int MaxRows = 25;

    /// <summary>The scorecards of a Core run in need order.</summary>
    public static IReadOnlyList<RepScorecard> Ordered(ScoringResult result)
    {
        var ranks = result.Queue.GroupBy(e => e.RepId).ToDictionary(g => g.Key, g => g.Min(e => e.Rank));
        return NeedOrder.Sort(result.Scorecards, c => ranks.TryGetValue(c.RepId, out var rank) ? rank : null, c => TierLetter.Of(c.Tier.Tier), c => c.RepName);
    }

    public static IEnumerable<Table> Build(ScoringResult result, TableLimits limits)
    {
        var ordered = Ordered(result);
        var shown = limits.Take(ordered, MaxRows);
        var cards = Cells.Table(Title + " " + result.Period, "Rep", "Tier", "Adoption", "Behaviour", "Win rate", "Quota", "Coverage (need)");
        var habits = Cells.Table(HabitsTitle + " " + result.Period, "Rep", "Velocity per day", "Close pushes per deal", "Forecast bias");
        foreach (var table in new[] { cards, habits })
        {
            table.Columns[0].NoWrap();
            foreach (var column in table.Columns.Skip(1))
            {
                column.RightAligned();
            }
        }

        foreach (var card in shown)
        {
            var outcomes = card.Outcomes;
            cards.AddRow(
                Cells.Text(card.RepName),
                Cells.Styled(Colours.Tier(TierLetter.Of(card.Tier.Tier) ?? Format.Missing)),
                Cells.Text(Format.Score(card.Adoption.Value)),
                Cells.Text(Format.Score(card.Behaviour.Value)),
                Cells.Text(Format.Percent(outcomes.WinRate)),
                Cells.Text(Format.Percent(outcomes.Attainment)),
                Cells.Text(Format.Ratio(outcomes.Coverage) + " (" + Format.Ratio(outcomes.NeededCoverage) + ")"));
            Cells.Row(habits, card.RepName, Format.Money(outcomes.Velocity), Format.Number(outcomes.SlippagePerDeal), Format.SignedPercent(outcomes.Forecast?.Bias));
        }

        if (TableLimits.LeftOut(ordered.Count, shown.Count, "reps", NeedOrder.LeftOutWhich) is { } note)
        {
            Cells.Note(cards, note);
            Cells.Note(habits, note);
        }

        return new[] { cards, habits };
    }
}
