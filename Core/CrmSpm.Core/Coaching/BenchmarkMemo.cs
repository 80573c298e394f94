using System;
using System.Collections.Generic;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// <see cref="TeamBenchmarks.ABenchmark"/> remembered per key for the deal rules: the full run asks it for every
/// open deal and rule, and each question otherwise builds a key string and scans every behaviour. The run shares
/// one memo over its benchmarks, which do not change while the tips are raised.
/// </summary>
internal sealed class BenchmarkMemo
{
    private readonly Dictionary<string, double?> byKey = new Dictionary<string, double?>(StringComparer.Ordinal);
    private readonly Dictionary<string, double?> cadenceByStage = new Dictionary<string, double?>(StringComparer.Ordinal);
    private readonly Dictionary<string, double?> daysByStage = new Dictionary<string, double?>(StringComparer.Ordinal);

    private readonly List<WordedBenchmark> worded = new List<WordedBenchmark>();

    public BenchmarkMemo(TeamBenchmarks benchmarks)
    {
        Benchmarks = benchmarks;
    }

    /// <summary>The benchmarks remembered.</summary>
    public TeamBenchmarks Benchmarks { get; }

    /// <summary>The A-tier benchmark of <paramref name="behaviourKey"/>, or null.</summary>
    public double? ABenchmark(string behaviourKey) => Remember(byKey, behaviourKey, behaviourKey);

    /// <summary>The A-tier benchmark of <see cref="BehaviourKeys.TouchCadence"/> at <paramref name="stage"/>, or null.</summary>
    public double? TouchCadence(string stage) =>
        cadenceByStage.TryGetValue(stage, out var value) ? value : Remember(cadenceByStage, stage, BehaviourKeys.TouchCadence(stage));

    /// <summary>The A-tier benchmark of <see cref="BehaviourKeys.DaysInStage"/> at <paramref name="stage"/>, or null.</summary>
    public double? DaysInStage(string stage) =>
        daysByStage.TryGetValue(stage, out var value) ? value : Remember(daysByStage, stage, BehaviourKeys.DaysInStage(stage));

    /// <summary>
    /// The A-tier benchmark of <paramref name="behaviourKey"/> put in words by <paramref name="words"/>, or null: worded
    /// once per run, since every tip citing it shows the same text (formatting a fraction is costly).
    /// </summary>
    public string? Worded(string behaviourKey, Func<double, string> words)
    {
        foreach (var entry in worded)
        {
            if (entry.Words.Equals(words) && entry.BehaviourKey == behaviourKey)
            {
                return entry.Text;
            }
        }

        var value = ABenchmark(behaviourKey);
        var text = value.HasValue ? words(value.Value) : null;
        worded.Add(new WordedBenchmark(behaviourKey, words, text));
        return text;
    }

    private double? Remember(Dictionary<string, double?> memo, string name, string behaviourKey)
    {
        if (!memo.TryGetValue(name, out var value))
        {
            value = Benchmarks.ABenchmark(behaviourKey);
            memo.Add(name, value);
        }

        return value;
    }

    private sealed class WordedBenchmark
    {
        public WordedBenchmark(string behaviourKey, Func<double, string> words, string? text)
        {
            BehaviourKey = behaviourKey;
            Words = words;
            Text = text;
        }

        public string BehaviourKey { get; }

        public Func<double, string> Words { get; }

        public string? Text { get; }
    }
}
