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

    public static Table Build(ScoringResult result, int count)
    {
        var names = result.Scorecards.ToDictionary(c => c.RepId, c => c.RepName);
        var table = new Table { Title = new TableTitle(Title + " (" + count + " of " + result.Tips.Count + ")"), Border = TableBorder.Rounded };
        table.AddColumns("Severity", "Rep", "Tip", "Do this");
        foreach (var tip in Sample(result.Tips, count))
        {
            names.TryGetValue(tip.RepId, out var rep);
            table.AddRow(
                tip.Severity.ToString(),
                Markup.Escape(rep ?? tip.RepId),
                Markup.Escape(tip.Title) + "\n[grey]" + Markup.Escape(tip.Message) + "[/]",
                Markup.Escape(tip.RecommendedAction));
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
