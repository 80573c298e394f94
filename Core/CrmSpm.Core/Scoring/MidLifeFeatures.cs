using System;
using System.Collections.Generic;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full run's shortcut to the deal model's training view of a closed deal: exactly
/// <c>DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(deal, activities), atClose, tier)</c>, computed from the
/// few facts the features read (stage, last touch, contacts, pushes at mid-life) in one more pass over the deal's
/// activities while they are still in cache, without a rewound copy of the record or a second set of facts
/// (docs/performance.md, Core engine). A deal that closed as it was created takes the plain path.
/// <c>StraightforwardEquivalenceTests</c> keeps the two equal.
/// </summary>
public static class MidLifeFeatures
{
    /// <summary>The training features of <paramref name="atClose"/>'s deal; the owner's tier is set by the caller.</summary>
    public static DealFeatures Build(DealFactsBuilder builder, Opportunity closedDeal, ArraySegment<Activity> activities, DealFacts atClose)
    {
        var at = DealFactsBuilder.MidLife(closedDeal);
        if (at >= Data.PointInTime.ClosedOn(closedDeal))
        {
            return DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(closedDeal, activities)!, atClose, Scoring.Tiers.Tier.NotTiered);
        }

        // The rewound deal is open at `at`, at the last stage entered by then (the first stage when none was).
        var stageName = LastStageBefore(closedDeal.StageHistory, at) ?? builder.Stages.First?.Name ?? "";
        var stage = builder.Stages.Find(stageName) ?? builder.Stages.First;
        DateTime? lastTouch = null;
        var contacts = DealFactsScratch.Take().Contacts;
        var array = activities.Array;
        for (var i = activities.Offset; array != null && i < activities.Offset + activities.Count; i++)
        {
            var activity = array[i];
            if (activity == null || !activity.IsCompleted || activity.TouchedOn > at)
            {
                continue;
            }

            if (!lastTouch.HasValue || activity.TouchedOn > lastTouch.Value)
            {
                lastTouch = activity.TouchedOn;
            }

            var contactId = activity.ContactId;
            if (!string.IsNullOrEmpty(contactId) && !contacts.Contains(contactId!))
            {
                contacts.Add(contactId!);
            }
        }

        var features = new DealFeatures
        {
            OpportunityId = atClose.Opportunity.Id,
            Outcome = atClose.Opportunity.Status,
            ClosedOn = atClose.AsOf,
            StageName = stage?.Name ?? stageName,
            StageOrder = stage?.Order ?? 0,
            DaysSinceTouch = lastTouch.HasValue ? (at - lastTouch.Value).TotalDays : (double?)null,
            ContactsEngaged = Math.Max(Math.Max(0, closedDeal.ContactsEngaged), contacts.Count),
            ClosePushes = PushesBy(closedDeal.CloseDateChanges, at),
            Amount = atClose.Amount,
        };
        DealFeatureExtractor.ForgetStageWithoutHistory(features, atClose);
        return features;
    }

    /// <summary>The stage entered last by <paramref name="at"/> (ties: the later entry), as the point-in-time rewind reads it.</summary>
    private static string? LastStageBefore(IList<StageChange>? history, DateTime at)
    {
        StageChange? last = null;
        for (var i = 0; i < (history?.Count ?? 0); i++)
        {
            var change = history![i];
            if (change != null && change.EnteredOn <= at && !string.IsNullOrWhiteSpace(change.Stage) && (last == null || change.EnteredOn >= last.EnteredOn))
            {
                last = change;
            }
        }

        return last?.Stage;
    }

    private static int PushesBy(IList<CloseDateChange>? changes, DateTime at)
    {
        var pushes = 0;
        for (var i = 0; i < (changes?.Count ?? 0); i++)
        {
            var change = changes![i];
            if (change != null && change.ChangedOn <= at && change.IsPush)
            {
                pushes++;
            }
        }

        return pushes;
    }
}
