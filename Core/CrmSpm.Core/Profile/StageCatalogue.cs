using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Profile;

/// <summary>
/// Fast, case-insensitive look-up of the profile's stages. An unknown stage name resolves to null; callers
/// treat such a deal as being at the first stage and report a data issue (documented safe default).
/// </summary>
public sealed class StageCatalogue
{
    private readonly Dictionary<string, StageDefinition> byName;

    /// <summary>The same names compared exactly: names as the catalogue spells them (the usual case) skip the slower case-insensitive hash.</summary>
    private readonly Dictionary<string, StageDefinition> byExactName;

    /// <summary>Indexes <paramref name="stages"/>; null entries and blank or duplicate names are skipped.</summary>
    public StageCatalogue(IEnumerable<StageDefinition> stages)
    {
        byName = new Dictionary<string, StageDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in (stages ?? Enumerable.Empty<StageDefinition>()).Where(s => s != null && !string.IsNullOrWhiteSpace(s.Name)).OrderBy(s => s.Order))
        {
            if (!byName.ContainsKey(stage.Name.Trim()))
            {
                byName.Add(stage.Name.Trim(), stage);
            }
        }

        Ordered = byName.Values.OrderBy(s => s.Order).ToList();
        byExactName = new Dictionary<string, StageDefinition>(byName, StringComparer.Ordinal);
    }

    /// <summary>Stages in pipeline order.</summary>
    public IReadOnlyList<StageDefinition> Ordered { get; }

    /// <summary>The first stage (the safe default for unknown stage names); null only for an empty catalogue.</summary>
    public StageDefinition? First => Ordered.Count > 0 ? Ordered[0] : null;

    /// <summary>The stage called <paramref name="name"/> (its name or one of its step names), or null when unknown.</summary>
    public StageDefinition? Find(string? name)
    {
        if (name == null)
        {
            return null;
        }

        // An exact match is the entry the case-insensitive look-up of the trimmed name would find (names are stored trimmed).
        if (byExactName.TryGetValue(name, out var stage))
        {
            return stage;
        }

        var key = name.Trim();
        if (byName.TryGetValue(key, out stage))
        {
            return stage;
        }

        // Loops, not a lambda: a lambda capturing the key would allocate on every call, found or not (a million per run).
        foreach (var candidate in Ordered)
        {
            foreach (var pattern in candidate.StepNames ?? Enumerable.Empty<string>())
            {
                if (StepNameMatches(pattern, key))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The stage whose <c>salesstage</c> value is <paramref name="salesStage"/>, or null when none.</summary>
    public StageDefinition? FindBySalesStage(int? salesStage) =>
        salesStage.HasValue ? Ordered.FirstOrDefault(s => s.SalesStage == salesStage.Value) : null;

    /// <summary>The stage of a deal from what the CRM stores: its <c>stepname</c> first, else its <c>salesstage</c>.</summary>
    public StageDefinition? Resolve(string? stepName, int? salesStage) =>
        (string.IsNullOrWhiteSpace(stepName) ? null : Find(stepName)) ?? FindBySalesStage(salesStage);

    private static bool StepNameMatches(string? pattern, string value)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return false;
        }

        var trimmed = pattern!.Trim();
        return trimmed.EndsWith("*", StringComparison.Ordinal)
            ? value.StartsWith(trimmed.Substring(0, trimmed.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(trimmed, value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The stage called <paramref name="name"/>, or the first stage when unknown.</summary>
    public StageDefinition? FindOrFirst(string? name) => Find(name) ?? First;
}
