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

    private double? Remember(Dictionary<string, double?> memo, string name, string behaviourKey)
    {
        if (!memo.TryGetValue(name, out var value))
        {
            value = Benchmarks.ABenchmark(behaviourKey);
            memo.Add(name, value);
        }

        return value;
    }
}
