using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// Builds <see cref="DealFacts"/> from one opportunity and its activities in a single pass. Used by the
/// full scoring run and, for one deal at a time, by the plugins.
/// </summary>
public sealed class DealFactsBuilder
{
    private readonly StageCatalogue stages;
    private readonly double maxCloseDateYearsAhead;
    private readonly int activityDays;

    /// <summary>Creates a builder for <paramref name="profile"/>'s stage catalogue and windows.</summary>
    public DealFactsBuilder(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        stages = new StageCatalogue(profile.Stages);
        maxCloseDateYearsAhead = profile.Thresholds.MaxCloseDateYearsAhead;
        activityDays = profile.Windows.ActivityDays;
    }

    /// <summary>The stage catalogue in use.</summary>
    public StageCatalogue Stages => stages;

    /// <summary>
    /// Facts about <paramref name="opportunity"/> as of <paramref name="now"/> (open deals) or its close date
    /// (closed deals). <paramref name="activities"/> are the deal's activities; null entries and activities
    /// that are not completed are ignored.
    /// </summary>
    public DealFacts Build(Opportunity opportunity, IEnumerable<Activity>? activities, DateTime now) =>
        activities is ArraySegment<Activity> slice
            ? Build(opportunity, null, slice, now, null, null, out _)
            : Build(opportunity, activities, default, now, null, null, out _);

    /// <summary>
    /// The full run's overload: each deal's slice of one shared array (<see cref="Data.CleanSnapshot.ActivitiesOf"/>),
    /// taken as it is: passing it as an <see cref="IEnumerable{T}"/> would box it for each of 100,000 deals. The
    /// segments go into <paramref name="segments"/>. A deal closed since <paramref name="windowStart"/> goes into
    /// <paramref name="training"/> as the deal model sees it (<see cref="MidLifeFeatures"/>, owner's tier unset), its touches
    /// up to mid-life counted in the same walk over the activities. A deal closed before then gets its record's facts
    /// only, without segments or touches: the full run reads no more of it than its outcome (status, close, revenue).
    /// </summary>
    internal DealFacts BuildFromSlice(Opportunity opportunity, ArraySegment<Activity> activities, DateTime now, StageSegmentStore segments,
        DateTime windowStart, TrainingDeals training)
    {
        if (opportunity == null || opportunity.IsOpen)
        {
            return Build(opportunity!, null, activities, now, segments, null, out _);
        }

        if (AsOf(opportunity, now) < windowStart)
        {
            return RecordFacts(opportunity, now, DealFactsScratch.Current);
        }

        var midLife = MidLifeFeatures.WalkedMidLife(opportunity);
        var facts = Build(opportunity, null, activities, now, segments, midLife, out var touches);
        if (midLife.HasValue)
        {
            // The thread's features object (the training deals keep a copy), taken without emptying the touches' contacts.
            var features = DealFactsScratch.Current.Training;
            MidLifeFeatures.FromTouches(this, opportunity, facts, touches, features);
            training.Add(features, opportunity.OwnerId);
        }
        else
        {
            training.Add(MidLifeFeatures.Build(this, opportunity, activities, facts), opportunity.OwnerId);
        }

        return facts;
    }

    /// <summary>
    /// Facts from either <paramref name="list"/> or <paramref name="slice"/> (the other null or default); the segments
    /// in <paramref name="store"/>, or in an array of the deal's own when null; with <paramref name="midLife"/>, also
    /// the deal's <paramref name="touchesAtMidLife"/>.
    /// </summary>
    private DealFacts Build(Opportunity opportunity, IEnumerable<Activity>? list, ArraySegment<Activity> slice, DateTime now, StageSegmentStore? store,
        DateTime? midLife, out MidLifeTouches touchesAtMidLife)
    {
        if (opportunity == null)
        {
            throw new ArgumentNullException(nameof(opportunity));
        }

        var scratch = DealFactsScratch.Take();
        var facts = RecordFacts(opportunity, now, scratch);
        var asOf = facts.AsOf;
        BuildSegments(opportunity, facts.Stage?.Name ?? opportunity.Stage ?? "", asOf, scratch);
        touchesAtMidLife = midLife.HasValue ? new MidLifeTouches(midLife.Value, scratch.MidLifeContacts, sharesContacts: midLife.Value <= asOf) : default;
        CountTouches(facts, scratch, list, slice, asOf, midLife.HasValue, ref touchesAtMidLife);
        facts.Segments = store?.Add(scratch.Segments, scratch.SegmentCount) ?? scratch.SegmentsCopy();
        return facts;
    }

    /// <summary>The facts read from the record alone: no segments, and no touches counted.</summary>
    private DealFacts RecordFacts(Opportunity opportunity, DateTime now, DealFactsScratch scratch)
    {
        var stage = scratch.FindStage(stages, opportunity.Stage);
        return new DealFacts(opportunity)
        {
            AsOf = AsOf(opportunity, now),
            Stage = stage ?? stages.First,
            StageKnown = stage != null,
            Amount = UsableAmount(opportunity.PipelineAmount),
            RevenueAmount = opportunity.Status == OpportunityStatus.Won ? UsableAmount(opportunity.ActualAmount ?? opportunity.PipelineAmount) : 0,
            EstimatedCloseDate = PlausibleCloseDate(opportunity.EstimatedCloseDate, now),
            ClosePushes = CountPushes(opportunity.CloseDateChanges),
        };
    }

    /// <summary>
    /// Facts about a closed deal as it stood halfway between its creation and its close (<see cref="Data.PointInTime"/>):
    /// what the deal model learns from, because open deals are scored mid-flight, not at their close (a won deal is
    /// always at the last stage when it closes, a lost one often long untouched). Null for an open deal.
    /// </summary>
    public DealFacts? BuildAtMidLife(Opportunity closedDeal, IEnumerable<Activity>? activities)
    {
        if (closedDeal == null)
        {
            throw new ArgumentNullException(nameof(closedDeal));
        }

        if (closedDeal.IsOpen)
        {
            return null;
        }

        var at = MidLife(closedDeal);
        var rewound = Data.PointInTime.Rewind(closedDeal, at, stages.First?.Name ?? "") ?? closedDeal;
        return Build(rewound, activities, at);
    }

    /// <summary>
    /// <see cref="StageCatalogue.Find"/>, remembered by string instance in the thread's scratch: a run looks up half a
    /// million stage names, mostly the same few strings, and a case-insensitive hash per look-up added up.
    /// </summary>
    internal StageDefinition? FindStage(string? name) => DealFactsScratch.Current.FindStage(stages, name);

    /// <summary>The instant the facts describe: now for an open deal, its close (at the latest now) for a closed one.</summary>
    private static DateTime AsOf(Opportunity opportunity, DateTime now)
    {
        var asOf = opportunity.IsOpen ? now : (opportunity.ActualCloseDate ?? opportunity.ModifiedOn);
        return asOf > now ? now : asOf;
    }

    /// <summary>The instant halfway between a closed deal's creation and its close (its close when it closed as created).</summary>
    internal static DateTime MidLife(Opportunity closedDeal)
    {
        var closedOn = Data.PointInTime.ClosedOn(closedDeal);
        return closedOn > closedDeal.CreatedOn ? closedDeal.CreatedOn.AddTicks((closedOn - closedDeal.CreatedOn).Ticks / 2) : closedOn;
    }

    /// <summary>Negative and implausibly large amounts count as 0 (internal for <see cref="MidLifeFeatures"/>).</summary>
    internal static decimal Usable(decimal amount) => UsableAmount(amount);

    private DateTime? PlausibleCloseDate(DateTime? date, DateTime now) =>
        date.HasValue && date.Value >= Data.RecordRepair.EarliestPlausible && date.Value <= Data.RecordRepair.SafeAddDays(now, 365.25 * maxCloseDateYearsAhead) ? date : null;

    /// <summary>Negative and implausibly large amounts (see <see cref="Data.RecordRepair.MaxPlausibleAmount"/>) count as 0.</summary>
    private static decimal UsableAmount(decimal amount) => amount < 0 || amount > Data.RecordRepair.MaxPlausibleAmount ? 0 : amount;

    private static int CountPushes(IList<CloseDateChange>? changes)
    {
        var pushes = 0;
        // Index loops over the IList properties here and below: foreach would box an enumerator per deal.
        for (var i = 0; i < (changes?.Count ?? 0); i++)
        {
            var change = changes![i];
            if (change != null && change.IsPush)
            {
                pushes++;
            }
        }

        return pushes;
    }

    /// <summary>
    /// Adds the stage segments to <paramref name="scratch"/>, from the history sorted by date. Consecutive
    /// entries of the same stage merge. The record's current stage wins over a history that does not end in it:
    /// the last segment takes the current stage's name. Without history the deal has been in its current stage
    /// since creation.
    /// </summary>
    private void BuildSegments(Opportunity opportunity, string currentStage, DateTime asOf, DealFactsScratch scratch)
    {
        var history = OrderedHistory(opportunity.StageHistory, asOf);
        string? name = null;
        var enteredOn = opportunity.CreatedOn;
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            if (change == null || string.IsNullOrWhiteSpace(change.Stage) || change.EnteredOn > asOf)
            {
                continue;
            }

            var changeName = scratch.FindStage(stages, change.Stage)?.Name ?? change.Stage;
            if (name == null)
            {
                name = changeName;
                enteredOn = change.EnteredOn;
            }
            else if (!string.Equals(name, changeName, StringComparison.OrdinalIgnoreCase))
            {
                scratch.AddSegment(new StageSegment(name, enteredOn, change.EnteredOn, false));
                name = changeName;
                enteredOn = change.EnteredOn;
            }
        }

        scratch.AddSegment(new StageSegment(currentStage, enteredOn, asOf, opportunity.IsOpen));
    }

    /// <summary>The history in date order: as given when already sorted (the usual case), otherwise a sorted copy.</summary>
    private static IList<StageChange> OrderedHistory(IList<StageChange>? history, DateTime asOf)
    {
        if (history == null)
        {
            return new StageChange[0];
        }

        var previous = DateTime.MinValue;
        for (var i = 0; i < history.Count; i++)
        {
            var change = history[i];
            if (change == null || change.EnteredOn > asOf)
            {
                continue;
            }

            if (change.EnteredOn < previous)
            {
                // A stable sort keeps same-instant entries in their given order.
                return history.Where(c => c != null).OrderBy(c => c.EnteredOn).ToList();
            }

            previous = change.EnteredOn;
        }

        return history;
    }

    /// <summary>Counts the deal's touches into the facts and its segments in <paramref name="scratch"/>, and its touches up to mid-life when <paramref name="countMidLife"/>.</summary>
    private void CountTouches(DealFacts facts, DealFactsScratch scratch, IEnumerable<Activity>? list, ArraySegment<Activity> slice, DateTime asOf,
        bool countMidLife, ref MidLifeTouches midLife)
    {
        var segments = scratch.Segments;
        var segmentCount = scratch.SegmentCount;
        var contacts = scratch.Contacts;
        var array = slice.Array;
        if (list == null && array == null)
        {
            facts.ContactsEngaged = Math.Max(0, facts.Opportunity.ContactsEngaged);
            return;
        }

        var tally = new TouchTally(asOf, Data.RecordRepair.SafeAddDays(asOf, -activityDays));
        if (array != null)
        {
            // The full run passes each deal's slice of one shared array: a plain loop avoids a boxed
            // enumerator and two interface calls per activity.
            for (var i = slice.Offset; i < slice.Offset + slice.Count; i++)
            {
                var contact = tally.Count(array[i], segments, segmentCount, contacts);
                if (countMidLife)
                {
                    midLife.Count(array[i], contact);
                }
            }
        }
        else
        {
            foreach (var activity in list!)
            {
                var contact = tally.Count(activity, segments, segmentCount, contacts);
                if (countMidLife)
                {
                    midLife.Count(activity, contact);
                }
            }
        }

        tally.WriteTo(facts);
        facts.ContactsEngaged = Math.Max(Math.Max(0, facts.Opportunity.ContactsEngaged), contacts.Count);
    }

    /// <summary>A deal's touch counts while its activities are read, kept in locals rather than written to the facts per activity.</summary>
    private struct TouchTally
    {
        private readonly DateTime asOf;
        private readonly DateTime recentFrom;
        private int touches;
        private int meetings;
        private int recentTouches;
        private int recentCallsAndEmails;
        private bool touched;
        private DateTime lastTouchOn;
        private DateTime firstTouchOn;

        public TouchTally(DateTime asOf, DateTime recentFrom)
            : this()
        {
            this.asOf = asOf;
            this.recentFrom = recentFrom;
        }

        /// <summary>
        /// Counts a completed activity up to the facts' instant: in the totals, its stage's segment and the contacts.
        /// Returns its contact's index in <paramref name="contacts"/>; -1 when it was not counted or names no contact.
        /// </summary>
        public int Count(Activity? activity, StageSegment[] segments, int segmentCount, List<string> contacts)
        {
            if (activity == null || !activity.IsCompleted)
            {
                return -1;
            }

            var touchedOn = activity.TouchedOn;
            if (touchedOn > asOf)
            {
                return -1;
            }

            touches++;
            if (activity.Kind == ActivityKind.Meeting)
            {
                meetings++;
            }

            if (touchedOn >= recentFrom)
            {
                recentTouches++;
                if (activity.Kind == ActivityKind.Call || activity.Kind == ActivityKind.Email)
                {
                    recentCallsAndEmails++;
                }
            }

            if (!touched || touchedOn > lastTouchOn)
            {
                lastTouchOn = touchedOn;
            }

            if (!touched || touchedOn < firstTouchOn)
            {
                firstTouchOn = touchedOn;
            }

            touched = true;
            for (var i = segmentCount - 1; i >= 0; i--)
            {
                if (touchedOn >= segments[i].EnteredOn)
                {
                    segments[i].Touches++;
                    break;
                }
            }

            // Deals have a handful of contacts: a linear search beats hashing.
            var contactId = activity.ContactId;
            if (string.IsNullOrEmpty(contactId))
            {
                return -1;
            }

            var index = IndexOf(contacts, contactId!);
            if (index < 0)
            {
                index = contacts.Count;
                contacts.Add(contactId!);
            }

            return index;
        }

        /// <summary>
        /// The index of <paramref name="contactId"/> (not empty) in <paramref name="contacts"/>, ordinal; -1 when absent. A
        /// deal's contact ids mostly differ in their last character (numbered ids, GUIDs), which is compared before the rest.
        /// </summary>
        private static int IndexOf(List<string> contacts, string contactId)
        {
            var last = contactId[contactId.Length - 1];
            for (var i = 0; i < contacts.Count; i++)
            {
                var contact = contacts[i];
                if (contact.Length == contactId.Length && contact[contact.Length - 1] == last && string.Equals(contact, contactId))
                {
                    return i;
                }
            }

            return -1;
        }

        public readonly void WriteTo(DealFacts facts)
        {
            facts.Touches = touches;
            facts.Meetings = meetings;
            facts.RecentTouches = recentTouches;
            facts.RecentCallsAndEmails = recentCallsAndEmails;
            facts.LastTouchOn = touched ? lastTouchOn : (DateTime?)null;
            facts.FirstTouchOn = touched ? firstTouchOn : (DateTime?)null;
        }
    }
}
