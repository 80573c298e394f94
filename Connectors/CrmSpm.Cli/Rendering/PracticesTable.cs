using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>What A-tier reps do differently from B-tier reps, strongest effect first.</summary>
internal static class PracticesTable
{
    public const string Title = "A-tier practices";
    private const int MaxRows = 8;

    public static Table Build(ScoringResult result) => Build(result.Practices, Title);

    /// <summary>The practices given (strongest first) under <paramref name="title"/>: the embedded-org demo shows one table per team.</summary>
    public static Table Build(IReadOnlyList<Practice> practices, string title)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        table.AddColumns("Behaviour", "A tier", "B tier", "Effect (d)", "Won/lost weight");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var practice in practices.Take(MaxRows))
        {
            table.AddRow(
                Markup.Escape(practice.Label),
                Format.Behaviour(practice.ABenchmark, practice.Unit),
                Format.Behaviour(practice.BValue, practice.Unit),
                Format.Effect(practice.EffectSize),
                Format.Number(practice.OutcomeWeight));
        }

        if (table.Rows.Count == 0)
        {
            table.AddRow("No practice yet: too few tiered reps or no meaningful difference.", "", "", "", "");
        }

        return table;
    }
}
