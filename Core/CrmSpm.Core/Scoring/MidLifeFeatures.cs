using System;
using System.Collections.Generic;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full run's shortcut to the deal model's training view of a closed deal: exactly
/// <c>DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(deal, activities), atClose, tier)</c>, computed from the
/// few facts the features read (stage, last touch, contacts, pushes at mid-life), without a rewound copy of the record
/// or a second set of facts (docs/performance.md, Core engine). The full run counts the touches in the facts' own walk
/// over the deal's activities (<see cref="DealFactsBuilder"/>); <see cref="Build"/> walks them once more. A deal that
/// closed as it was created takes the plain path. <c>MidLifeEquivalenceTests</c> keeps the two equal.
/// </summary>
public static class MidLifeFeatures
{
    /// <summary>The training features of <paramref name="atClose"/>'s deal; the owner's tier is set by the caller.</summary>
    public static DealFeatures Build(DealFactsBuilder builder, Opportunity closedDeal, ArraySegment<Activity> activities, DealFacts atClose)
    {
        var at = WalkedMidLife(closedDeal);
        if (!at.HasValue)
        {
            return DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(closedDeal, activities)!, atClose, Scoring.Tiers.Tier.NotTiered);
        }

        var touches = new MidLifeTouches(at.Value, DealFactsScratch.Take().MidLifeContacts);
        var array = activities.Array;
        for (var i = activities.Offset; array != null && i < activities.Offset + activities.Count; i++)
        {
            touches.Count(array[i]);
        }

        var features = new DealFeatures();
        FromTouches(builder, closedDeal, atClose, touches, features);
        return features;
    }

    /// <summary>
    /// The mid-life of <paramref name="closedDeal"/> when this shortcut applies (it was open then); null when it closed as
    /// it was created, which takes the plain path.
    /// </summary>
    internal static DateTime? WalkedMidLife(Opportunity closedDeal)
    {
        var at = DealFactsBuilder.MidLife(closedDeal);
        return at < Data.PointInTime.ClosedOn(closedDeal) ? at : (DateTime?)null;
    }

    /// <summary>Writes the training features from the deal's <paramref name="touches"/> up to its <see cref="WalkedMidLife"/> into <paramref name="features"/>.</summary>
    internal static void FromTouches(DealFactsBuilder builder, Opportunity closedDeal, DealFacts atClose, MidLifeTouches touches, DealFeatures features)
    {
        // The rewound deal is open at `at`, at the last stage entered by then (the first stage when none was).
        var at = touches.At;
        var stageName = LastStageBefore(closedDeal.StageHistory, at) ?? builder.Stages.First?.Name ?? "";
        var stage = builder.FindStage(stageName) ?? builder.Stages.First;
        features.OpportunityId = atClose.Opportunity.Id;
        features.Outcome = atClose.Opportunity.Status;
        features.ClosedOn = atClose.AsOf;
        features.StageName = stage?.Name ?? stageName;
        features.StageOrder = stage?.Order ?? 0;
        features.DaysSinceTouch = touches.LastTouch.HasValue ? (at - touches.LastTouch.Value).TotalDays : (double?)null;
        features.ContactsEngaged = Math.Max(Math.Max(0, closedDeal.ContactsEngaged), touches.Contacts);
        features.ClosePushes = PushesBy(closedDeal.CloseDateChanges, at);
        features.Amount = atClose.Amount;
        features.OwnerTier = Scoring.Tiers.Tier.NotTiered;
        DealFeatureExtractor.ForgetStageWithoutHistory(features, atClose);
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

/// <summary>
/// A closed deal's touches up to its mid-life, as <see cref="MidLifeFeatures"/> reads them: the last completed one and
/// the distinct contacts. Counted activity by activity, in the facts' own walk (full run) or in one of its own.
/// </summary>
internal struct MidLifeTouches
{
    // Contacts by their index in the facts' own contact list (a bit each for the first 64), when that walk counts
    // every touch this one does: no second comparison of contact ids.
    private const int MarkedContacts = 64;

    private readonly List<string> contacts;
    private readonly bool sharesContacts;
    private ulong marked;
    private int markedCount;
    private bool touched;
    private DateTime lastTouch;

    /// <summary>
    /// Counts into <paramref name="contacts"/>, emptied (the thread's scratch list). <paramref name="sharesContacts"/>: the
    /// facts' walk counts each of these touches too (its instant is not before <paramref name="at"/>) and passes the
    /// index of each touch's contact in its own list.
    /// </summary>
    public MidLifeTouches(DateTime at, List<string> contacts, bool sharesContacts = false)
    {
        At = at;
        this.contacts = contacts;
        this.sharesContacts = sharesContacts;
        contacts.Clear();
        marked = 0;
        markedCount = 0;
        touched = false;
        lastTouch = default;
    }

    /// <summary>The deal's mid-life.</summary>
    public DateTime At { get; }

    /// <summary>The last completed touch by <see cref="At"/>; null when none.</summary>
    public readonly DateTime? LastTouch => touched ? lastTouch : (DateTime?)null;

    /// <summary>Distinct contacts on the completed touches by <see cref="At"/>.</summary>
    public readonly int Contacts => markedCount + (contacts?.Count ?? 0);

    /// <summary>
    /// Counts <paramref name="activity"/> when it is a completed touch by <see cref="At"/>; <paramref name="factsContact"/>
    /// is its contact's index in the facts' list (-1 for none), read only when the contacts are shared.
    /// </summary>
    public void Count(Activity? activity, int factsContact = -1)
    {
        if (activity == null || !activity.IsCompleted || activity.TouchedOn > At)
        {
            return;
        }

        if (!touched || activity.TouchedOn > lastTouch)
        {
            lastTouch = activity.TouchedOn;
            touched = true;
        }

        if (sharesContacts && factsContact >= 0 && factsContact < MarkedContacts)
        {
            var bit = 1UL << factsContact;
            markedCount += (marked & bit) == 0 ? 1 : 0;
            marked |= bit;
            return;
        }

        // Deals have a handful of contacts: a linear search beats hashing. Shared contacts past the marked ones land
        // here too, apart from the marked ones since an index names one contact.
        var contactId = activity.ContactId;
        if (!string.IsNullOrEmpty(contactId) && !contacts.Contains(contactId!))
        {
            contacts.Add(contactId!);
        }
    }
}
