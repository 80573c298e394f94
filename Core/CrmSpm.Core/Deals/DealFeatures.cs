using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The facts about one deal that the deal model counts (closed deals) or scores (open deals). Build them
/// with <see cref="DealFeatureExtractor"/>; keep them as they were at closing so an incremental update and a
/// rebuild see the same values.
/// </summary>
public sealed class DealFeatures
{
    /// <summary>
    /// <see cref="StageOrder"/> of a closed deal without any stage change recorded: its stage says nothing about how it
    /// got there, so the stage counts and ratio leave it out (docs/scoring.md §6).
    /// </summary>
    public const int StageUnknown = int.MinValue;

    public string OpportunityId { get; set; } = "";

    /// <summary>When a closed deal closed (orders the held-out check); null for open deals.</summary>
    public System.DateTime? ClosedOn { get; set; }

    /// <summary>Open, or the outcome of a closed deal.</summary>
    public OpportunityStatus Outcome { get; set; }

    /// <summary>Stage name, for reason texts.</summary>
    public string StageName { get; set; } = "";

    /// <summary>
    /// Order of the current stage (for a lost deal: the stage it was lost at); 0 when the name is not in the catalogue,
    /// counted as the first stage; <see cref="StageUnknown"/> for a closed deal with no stage history.
    /// </summary>
    public int StageOrder { get; set; }

    /// <summary>Days since the last touch (for closed deals, at closing); null when never touched.</summary>
    public double? DaysSinceTouch { get; set; }

    public int ContactsEngaged { get; set; }

    /// <summary>Close-date pushes.</summary>
    public int ClosePushes { get; set; }

    /// <summary>The pipeline amount (never a closed deal's actual value; negative amounts count as 0).</summary>
    public decimal Amount { get; set; }

    public Tier OwnerTier { get; set; } = Tier.NotTiered;
}
