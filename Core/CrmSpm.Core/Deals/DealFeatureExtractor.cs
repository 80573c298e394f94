using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>Turns a deal's facts and its owner's tier into the features the deal model counts or scores.</summary>
public static class DealFeatureExtractor
{
    /// <summary>
    /// Features of the deal as of <see cref="DealFacts.AsOf"/>. For a closed deal that is its close date, so
    /// touch recency means "days between the last touch and closing".
    /// </summary>
    public static DealFeatures From(DealFacts facts, Tier ownerTier)
    {
        var features = new DealFeatures();
        Fill(features, facts, ownerTier);
        return features;
    }

    /// <summary>Writes <see cref="From"/>'s features into <paramref name="features"/> (the full run refills one object per open deal).</summary>
    internal static void Fill(DealFeatures features, DealFacts facts, Tier ownerTier)
    {
        features.OpportunityId = facts.Opportunity.Id;
        features.Outcome = facts.Opportunity.Status;
        features.ClosedOn = facts.Opportunity.IsOpen ? (System.DateTime?)null : facts.AsOf;
        features.StageName = facts.Stage?.Name ?? facts.Opportunity.Stage ?? "";
        features.StageOrder = facts.StageOrder;
        features.DaysSinceTouch = facts.DaysSinceTouch;
        features.ContactsEngaged = facts.ContactsEngaged;
        features.ClosePushes = facts.ClosePushes;
        features.Amount = facts.Amount;
        features.OwnerTier = ownerTier;
    }

    /// <summary>
    /// What the model learns from a closed deal: its features at mid-life (<see cref="DealFactsBuilder.BuildAtMidLife"/>),
    /// labelled with how it ended. Falls back to the facts at closing when the deal has no mid-life (closed as created).
    /// </summary>
    public static DealFeatures ForTraining(DealFacts midLife, DealFacts atClose, Tier ownerTier)
    {
        var features = From(midLife ?? atClose, ownerTier);
        features.OpportunityId = atClose.Opportunity.Id;
        features.Outcome = atClose.Opportunity.Status;
        features.ClosedOn = atClose.AsOf;
        ForgetStageWithoutHistory(features, atClose);
        return features;
    }

    /// <summary>
    /// Marks the stage of a closed deal with no stage change recorded as <see cref="DealFeatures.StageUnknown"/>: its
    /// recorded stage is where it ended (or, rewound, the first stage), never where it stood, and would teach the
    /// model that the closing stage predicts the outcome.
    /// </summary>
    internal static void ForgetStageWithoutHistory(DealFeatures features, DealFacts atClose)
    {
        if (!atClose.HasStageChange)
        {
            features.StageOrder = DealFeatures.StageUnknown;
            features.StageName = "";
        }
    }
}
