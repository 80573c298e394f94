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
    public const int MaxRows = 8;

    public static Table Build(ScoringResult result, TableLimits limits) => Build(result.Practices, Title, limits);

    /// <summary>The practices given (strongest first) under <paramref name="title"/>: the embedded-org demo shows one table per team.</summary>
    public static Table Build(IReadOnlyList<Practice> practices, string title, TableLimits limits)
    {
        var table = Cells.Table(title, "Behaviour", "A tier", "B tier", "Effect (d)", "Won/lost weight");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        var shown = limits.Take(practices, MaxRows);
        foreach (var practice in shown)
        {
            Cells.Row(table,
                practice.Label,
                Format.Behaviour(practice.ABenchmark, practice.Unit),
                Format.Behaviour(practice.BValue, practice.Unit),
                Format.Effect(practice.EffectSize),
                Format.Number(practice.OutcomeWeight));
        }

        if (practices.Count == 0)
        {
            Cells.Note(table, "No practice yet: too few tiered reps or no meaningful difference.");
        }

        if (TableLimits.LeftOut(practices.Count, shown.Count, "practices", "weaker effects") is { } note)
        {
            Cells.Note(table, note);
        }

        return table;
    }
}
