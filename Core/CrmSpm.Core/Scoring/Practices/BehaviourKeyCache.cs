using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>Per-stage behaviour keys built once per stage name instead of once per deal.</summary>
public sealed class BehaviourKeyCache
{
    private readonly Dictionary<string, string> cadence = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> daysInStage = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Same as <see cref="BehaviourKeys.TouchCadence"/>.</summary>
    public string TouchCadence(string stage) => Get(cadence, stage, BehaviourKeys.TouchCadencePrefix);

    /// <summary>Same as <see cref="BehaviourKeys.DaysInStage"/>.</summary>
    public string DaysInStage(string stage) => Get(daysInStage, stage, BehaviourKeys.DaysInStagePrefix);

    private static string Get(Dictionary<string, string> cache, string stage, string prefix)
    {
        if (!cache.TryGetValue(stage, out var key))
        {
            key = prefix + stage;
            cache.Add(stage, key);
        }

        return key;
    }
}
