using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Scoring;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>A few coaching tips, one per rule first so the sample shows the variety of the catalogue.</summary>
internal static class TipsTable
{
    public const string Title = "Coaching tips";

    public static Table Build(ScoringResult result, TableLimits limits)
    {
        var names = result.Scorecards.ToDictionary(c => c.RepId, c => c.RepName);
        var sample = Sample(result.Tips, limits.TipsShown).ToList();
        var table = Cells.Table(Title + " (" + sample.Count + " of " + result.Tips.Count + ")", "Severity", "Rep", "Tip", "Do this");
        foreach (var tip in sample)
        {
            names.TryGetValue(tip.RepId, out var rep);
            table.AddRow(
                Cells.Styled(Colours.Severity(tip.Severity.ToString())),
                Cells.Text(rep ?? tip.RepId),
                Cells.TitleAndDetail(tip.Title, tip.Message),
                Cells.Text(tip.RecommendedAction));
        }

        if (TableLimits.LeftOut(result.Tips.Count, sample.Count, "tips", "--tips N sets how many") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }

    /// <summary>The first tip of each rule (tips are ordered by severity), then the rest in order.</summary>
    internal static IEnumerable<CoachingTip> Sample(IReadOnlyList<CoachingTip> tips, int count)
    {
        var firstPerRule = tips.GroupBy(t => t.RuleId).Select(g => g.First()).ToList();
        return firstPerRule.Concat(tips.Except(firstPerRule)).Take(count);
    }
}
