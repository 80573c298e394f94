using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>What A-tier reps do differently from B-tier reps, strongest effect first (docs/scoring.md, §4 and §5).</summary>
internal static class PracticesTable
{
    public const string Title = "A-tier practices";
    public const int MaxRows = 8;

    /// <summary>What the two number columns mean, under every practices table.</summary>
    public const string Legend = "Difference: how far the A tier is ahead of the B tier, in standard deviations (Cohen's d). " +
        "Weight: how strongly the behaviour tells won from lost deals, its weight in the behaviour score.";

    public static Table Build(ScoringResult result, TableLimits limits) => Build(result.Practices, Title, limits);

    /// <summary>
    /// One table per distinct set of practices, titled with the teams that share it: teams whose benchmarks print the
    /// same (tiers are ranked across the whole org, so they usually do) read as one table, not one per team.
    /// </summary>
    public static IEnumerable<Table> ForTeams(IReadOnlyList<(string Team, IReadOnlyList<Practice> Practices)> teams, string source, TableLimits limits)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var groups = teams
            .GroupBy(t => string.Join("\n", t.Practices.Select(p => string.Join("\t", Texts(p)))), StringComparer.Ordinal)
            .ToList();
        foreach (var group in groups)
        {
            var names = group.Select(t => t.Team).ToList();
            var who = groups.Count == 1 && names.Count > 1 ? "every team" : Format.List(names);
            yield return Build(group.First().Practices, Title + ", " + who + " (" + source + ")", limits);
        }
    }

    /// <summary>The practices given (strongest first) under <paramref name="title"/>.</summary>
    public static Table Build(IReadOnlyList<Practice> practices, string title, TableLimits limits)
    {
        var table = Cells.Table(title, "Behaviour", "A tier", "B tier", "Difference", "Weight");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        var shown = limits.Take(practices, MaxRows);
        foreach (var practice in shown)
        {
            Cells.Row(table, Texts(practice));
        }

        var notes = new List<string>();
        if (practices.Count == 0)
        {
            notes.Add("No practice yet: too few tiered reps or no meaningful difference.");
        }
        else
        {
            notes.Add(Legend);
        }

        if (TableLimits.LeftOut(practices.Count, shown.Count, "practices", "weaker effects") is { } note)
        {
            notes.Add(note);
        }

        Cells.Note(table, string.Join(" ", notes));
        return table;
    }

    /// <summary>A practice's row as printed: behaviour, A-tier and B-tier values, difference, weight.</summary>
    private static string[] Texts(Practice practice) => new[]
    {
        practice.Label,
        Format.Behaviour(practice.ABenchmark, practice.Unit),
        Format.Behaviour(practice.BValue, practice.Unit),
        Format.Effect(practice.EffectSize),
        Format.Number(practice.OutcomeWeight),
    };
}
