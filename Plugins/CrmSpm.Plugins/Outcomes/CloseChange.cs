using System;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// What one close changes, worked out once from the deal: the outcome (and features) the model counted before, which
/// come out, and the new one, which goes in. It is applied to whichever version of the team's model and the owner's
/// counts the guarded write finally lands on: the changes of two closes commute, so re-applying one to a fresh read
/// after a conflict counts it exactly once.
/// </summary>
public sealed class CloseChange
{
    public CloseChange(Guid dealId, OpportunityStatus? removed, DealFeatures? removedFeatures, OpportunityStatus? added, DealFeatures? addedFeatures, decimal amount)
    {
        DealId = dealId;
        Removed = removed;
        RemovedFeatures = removedFeatures;
        Added = added;
        AddedFeatures = addedFeatures;
        Amount = amount;
    }

    public Guid DealId { get; }

    /// <summary>Won or Lost as the model counted the deal before (a reopen, or a close changing sides); null if uncounted.</summary>
    public OpportunityStatus? Removed { get; }

    /// <summary>The features stored when it was counted; null when they were not stored or unreadable.</summary>
    public DealFeatures? RemovedFeatures { get; }

    /// <summary>Won or Lost now; null for a reopen.</summary>
    public OpportunityStatus? Added { get; }

    public DealFeatures? AddedFeatures { get; }

    public decimal Amount { get; }

    public void ApplyTo(DealModel model, ITracingService tracing)
    {
        if (Removed.HasValue && (RemovedFeatures == null || !model.Remove(RemovedFeatures)))
        {
            tracing.Trace("Deal {0}: its earlier outcome could not be removed from the model; the nightly rebuild will.", DealId);
        }

        if (AddedFeatures != null)
        {
            model.Add(AddedFeatures);
        }
    }

    public void ApplyTo(OutcomeCounts counts)
    {
        if (Removed.HasValue)
        {
            counts.Apply(Removed == OpportunityStatus.Won, Amount, -1);
        }

        if (Added.HasValue)
        {
            counts.Apply(Added == OpportunityStatus.Won, Amount, +1);
        }
    }
}
