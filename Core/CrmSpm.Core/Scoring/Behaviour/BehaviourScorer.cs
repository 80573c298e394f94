using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Scoring.Behaviour;

/// <summary>
/// Behaviour score 0–100 (docs/scoring.md §5): closeness to the A-tier benchmark per behaviour, weighted by
/// how strongly the behaviour separates won from lost deals. Closeness is 1 on the good side of the
/// benchmark; otherwise value ÷ benchmark when more is better, (benchmark + 1) ÷ (value + 1) when fewer
/// days are better.
/// </summary>
public static class BehaviourScorer
{
    /// <summary>The rep's behaviour score; not scored without measured behaviours or A-tier benchmarks.</summary>
    public static ExplainedScore Score(IReadOnlyDictionary<string, double> repValues, TeamBenchmarks benchmarks) =>
        Score(repValues, benchmarks, AgainstBenchmarks(benchmarks));

    /// <summary>
    /// Per behaviour of <paramref name="benchmarks"/>, the end of its evidence: " {unit} against the A-tier {benchmark:0.##}"
    /// (null without a benchmark). It is the same for every rep, so a full run words it once.
    /// </summary>
    internal static string?[] AgainstBenchmarks(TeamBenchmarks benchmarks)
    {
        var against = new string?[benchmarks.Behaviours.Count];
        for (var i = 0; i < against.Length; i++)
        {
            var practice = benchmarks.Behaviours[i];
            against[i] = practice.ABenchmark.HasValue
                ? " " + practice.Unit + " against the A-tier " + practice.ABenchmark.Value.ToString("0.##", CultureInfo.InvariantCulture)
                : null;
        }

        return against;
    }

    /// <summary>The score with the evidence ends of <see cref="AgainstBenchmarks"/> for the same benchmarks.</summary>
    internal static ExplainedScore Score(IReadOnlyDictionary<string, double> repValues, TeamBenchmarks benchmarks, string?[] against)
    {
        if (repValues == null || repValues.Count == 0)
        {
            return ExplainedScore.NotScored("no deals to measure behaviour on");
        }

        var components = new List<ScoreComponent>(benchmarks.Behaviours.Count);
        for (var i = 0; i < benchmarks.Behaviours.Count; i++)
        {
            var practice = benchmarks.Behaviours[i];
            if (!practice.ABenchmark.HasValue || !repValues.TryGetValue(practice.BehaviourKey, out var value))
            {
                continue;
            }

            var closeness = Closeness(value, practice.ABenchmark.Value, practice.HigherIsBetter);
            // "{value:0.##} {unit} against the A-tier {benchmark:0.##}".
            components.Add(new ScoreComponent(practice.BehaviourKey, practice.Label, closeness, practice.OutcomeWeight,
                value.ToString("0.##", CultureInfo.InvariantCulture) + against[i]));
        }

        return components.Count == 0
            ? ExplainedScore.NotScored(string.Format(CultureInfo.InvariantCulture,
                "not enough top performers to compare: a benchmark needs {0} A-tier reps showing the behaviour", PracticeEvidence.MinRepsPerTier))
            : ExplainedScore.FromComponents(components);
    }

    /// <summary>How close <paramref name="value"/> is to <paramref name="benchmark"/>, 0–1.</summary>
    public static double Closeness(double value, double benchmark, bool higherIsBetter)
    {
        if (higherIsBetter)
        {
            return benchmark <= 0 || value >= benchmark ? 1 : Math.Max(0, value / benchmark);
        }

        return value <= benchmark ? 1 : Math.Max(0, (benchmark + 1) / (value + 1));
    }
}
