using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Deals;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// What <c>crmspm_dealscorereasons</c> stores: the reasons, strongest first; a score without reasons because the model
/// has not enough signal yet (docs/scoring.md §6) stores Core's note instead of an empty list, so a reader knows why.
/// The note is one entry with feature <see cref="NoteFeature"/> and impact 0: it neither raises nor lowers the score,
/// so panels that list what helps and what hurts leave it out.
/// </summary>
public static class ScoreReasons
{
    /// <summary>The feature name of the note entry (no feature of Core's model has it).</summary>
    public const string NoteFeature = "note";

    public static List<DealReason> Stored(DealScore score)
    {
        var reasons = score.PositiveReasons.Concat(score.NegativeReasons).ToList();
        if (reasons.Count == 0 && !string.IsNullOrEmpty(score.Note))
        {
            reasons.Add(new DealReason { Feature = NoteFeature, Text = score.Note, Impact = 0 });
        }

        return reasons;
    }
}
