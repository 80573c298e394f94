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
    }

    /// <summary>Stages in pipeline order.</summary>
    public IReadOnlyList<StageDefinition> Ordered { get; }

    /// <summary>The first stage (the safe default for unknown stage names); null only for an empty catalogue.</summary>
    public StageDefinition? First => Ordered.Count > 0 ? Ordered[0] : null;

    /// <summary>The stage called <paramref name="name"/>, or null when unknown.</summary>
    public StageDefinition? Find(string? name)
    {
        if (name == null)
        {
            return null;
        }

        return byName.TryGetValue(name.Trim(), out var stage) ? stage : null;
    }

    /// <summary>The stage called <paramref name="name"/>, or the first stage when unknown.</summary>
    public StageDefinition? FindOrFirst(string? name) => Find(name) ?? First;
}
