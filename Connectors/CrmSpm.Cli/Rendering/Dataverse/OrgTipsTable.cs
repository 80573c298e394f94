using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering.Dataverse;

/// <summary>A few open coaching tips (tasks), one per rule first so the sample shows the variety of the catalogue.</summary>
internal static class OrgTipsTable
{
    public const string Title = "Open coaching tips";

    public static Table Build(OrgReadBack readBack, TableLimits limits)
    {
        var sample = Sample(readBack.OpenTips, limits.TipsShown).ToList();
        var table = Cells.Table(Title + " (" + sample.Count + " of " + readBack.OpenTips.Count + " open tip tasks)", "Severity", "Owner", "Rule", "Tip");
        foreach (var tip in sample)
        {
            table.AddRow(
                Cells.Styled(Colours.Severity(tip.SeverityWord)),
                Cells.Text(tip.Owner),
                Cells.Text(tip.RuleId),
                Cells.TitleAndDetail(tip.Title, tip.Description));
        }

        if (TableLimits.LeftOut(readBack.OpenTips.Count, sample.Count, "open tips", "--tips N sets how many") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }

    /// <summary>The first tip of each rule (tips come highest severity first), then the rest in order.</summary>
    internal static IEnumerable<TipRow> Sample(IReadOnlyList<TipRow> tips, int count)
    {
        var firstPerRule = tips.GroupBy(t => t.RuleId).Select(g => g.First()).ToList();
        return firstPerRule.Concat(tips.Except(firstPerRule)).Take(count);
    }
}
