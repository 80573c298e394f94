using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Groups activities by deal into one array, aligned with the sorted opportunity list; the per-deal slices
/// are what <see cref="Scoring.DealFactsBuilder"/> reads. One array instead of a list per deal keeps a
/// million-activity org from allocating a hundred thousand growing lists.
/// <para>
/// Speed comes from touching each activity object once: a million activities do not fit in any cache, so
/// every extra pass that dereferences them costs about as much as the work itself. The single pass records
/// each kept activity with a cheap key of its id; when the input already arrives grouped in deal order (CRM
/// queries usually sort by the regarding record) that record is the grouping, otherwise each activity's deal is
/// recorded too, from the first one out of order on, and a counting sort rearranges them. Duplicate ids are then found from the stored keys without reading the activities again.
/// </para>
/// </summary>
internal sealed class ActivityGrouping
{
    private readonly Activity[] grouped;
    private readonly int[] starts;
    private readonly int[] lengths;

    private ActivityGrouping(Activity[] grouped, int[] starts, int[] lengths, bool streamed)
    {
        this.grouped = grouped;
        this.starts = starts;
        this.lengths = lengths;
        Streamed = streamed;
    }

    /// <summary>True when every deal went to the stream passed to <see cref="Build"/>, in order, once.</summary>
    public bool Streamed { get; }

    /// <summary>The activities of the opportunity at <paramref name="opportunityIndex"/> in the sorted list.</summary>
    public ArraySegment<Activity> Of(int opportunityIndex) => new ArraySegment<Activity>(grouped, starts[opportunityIndex], lengths[opportunityIndex]);

    /// <summary>
    /// Groups <paramref name="activities"/> by deal, in the order of <paramref name="deals"/> sorted by id. Activities created after <paramref name="asOf"/> and those
    /// regarding deals created after it (<paramref name="notYetCreated"/>) did not exist yet and are skipped
    /// without an issue; completed activities with an impossible date are reported and skipped.
    /// <para>
    /// With a <paramref name="stream"/>, input already in deal order hands each deal to it as soon as its last activity is
    /// grouped, while those activities are still in cache (<see cref="Streamed"/>). Input that turns out not to be in that
    /// order is grouped again from the start without the stream, as if none had been passed.
    /// </para>
    /// </summary>
    public static ActivityGrouping Build(IList<Activity>? activities, DealIndex deals, DateTime asOf,
        HashSet<string> notYetCreated, IssueLog log, IDealStream? stream = null)
    {
        var mark = stream == null ? null : log.Checkpoint();
        var count = activities?.Count ?? 0;
        var kept = new Activity[count];
        var keptKeys = new int[count];
        int[]? keptDeals = null;
        var lengths = new int[deals.Count];
        var starts = new int[deals.Count];
        var streaming = stream == null ? null : new Streaming(stream, deals, kept, keptKeys, starts, lengths);
        var keptCount = 0;
        var inDealOrder = true;
        string? previousId = null;
        var previousIndex = -1;
        for (var a = 0; a < count; a++)
        {
            var activity = activities![a];
            var opportunityId = Accept(activity, asOf, log);
            if (opportunityId == null)
            {
                continue;
            }

            // Consecutive activities of the same deal reuse the previous look-up.
            int index;
            if (previousIndex >= 0 && string.Equals(opportunityId, previousId, StringComparison.Ordinal))
            {
                index = previousIndex;
            }
            else if (!deals.TryGetPosition(opportunityId, previousIndex, out index))
            {
                if (notYetCreated.Contains(opportunityId))
                {
                    continue;
                }

                log.Add(DataIssueCodes.UnknownOpportunity, RecordTypes.Activity, activity.Id,
                    "Regards opportunity '" + opportunityId + "', which is not in the snapshot; not counted as a touch.");
                continue;
            }

            if (index < previousIndex && inDealOrder)
            {
                if (streaming != null)
                {
                    // Deals already handed on may yet get activities: start again without the stream.
                    log.RollBack(mark!);
                    return Build(activities, deals, asOf, notYetCreated, log);
                }

                inDealOrder = false;
                keptDeals = DealsSoFar(lengths, count, keptCount);
            }

            if (index != previousIndex && streaming != null)
            {
                // Every deal before this one has all its activities.
                streaming.HandOnUpTo(index, keptCount);
            }

            kept[keptCount] = activity;
            keptKeys[keptCount] = DuplicateActivities.KeyOf(activity.Id);
            if (keptDeals != null)
            {
                keptDeals[keptCount] = index;
            }

            keptCount++;
            lengths[index]++;
            previousId = opportunityId;
            previousIndex = index;
        }

        if (streaming != null)
        {
            streaming.HandOnUpTo(deals.Count, keptCount);
            // Duplicates are reported after every other activity issue, as without the stream.
            log.AddFrom(streaming.Duplicates);
            return new ActivityGrouping(kept, starts, lengths, streamed: true);
        }

        for (int i = 0, offset = 0; i < deals.Count; offset += lengths[i], i++)
        {
            starts[i] = offset;
        }

        if (!inDealOrder)
        {
            SortByDeal(ref kept, ref keptKeys, keptDeals!, keptCount, starts);
        }

        DuplicateActivities.Remove(kept, keptKeys, starts, lengths, log);
        return new ActivityGrouping(kept, starts, lengths, streamed: false);
    }

    /// <summary>
    /// The deal of each of the first <paramref name="keptCount"/> kept activities, for when the input turns out not to be
    /// in deal order: until then each deal's activities came in one run, in deal order, so the counts give them.
    /// </summary>
    private static int[] DealsSoFar(int[] lengths, int count, int keptCount)
    {
        var deals = new int[count];
        for (int deal = 0, k = 0; k < keptCount; deal++)
        {
            for (var n = 0; n < lengths[deal]; n++)
            {
                deals[k++] = deal;
            }
        }

        return deals;
    }

    /// <summary>The deal id of a usable activity; null (with an issue for nulls and missing ids) otherwise.</summary>
    private static string? Accept(Activity? activity, DateTime asOf, IssueLog log)
    {
        if (activity == null)
        {
            log.Add(DataIssueCodes.NullRecord, RecordTypes.Activity, null, "Null activity skipped.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(activity.Id))
        {
            log.Add(DataIssueCodes.MissingId, RecordTypes.Activity, null, "Activity without an id skipped.");
            return null;
        }

        if (PointInTime.NotYetCreated(activity, asOf))
        {
            return null;
        }

        if (activity.IsCompleted && activity.TouchedOn < RecordRepair.EarliestPlausible)
        {
            log.Add(DataIssueCodes.ImplausibleDate, RecordTypes.Activity, activity.Id, "Completed activity with an impossible date; not counted as a touch.");
            return null;
        }

        return activity.RegardingOpportunityId;
    }

    /// <summary>Counting sort by deal, stable: each deal's activities keep their input order.</summary>
    private static void SortByDeal(ref Activity[] activities, ref int[] keys, int[] deals, int count, int[] starts)
    {
        var cursor = (int[])starts.Clone();
        var sorted = new Activity[count];
        var sortedKeys = new int[count];
        for (var k = 0; k < count; k++)
        {
            var position = cursor[deals[k]]++;
            sorted[position] = activities[k];
            sortedKeys[position] = keys[k];
        }

        activities = sorted;
        keys = sortedKeys;
    }

    /// <summary>Hands deals to an <see cref="IDealStream"/> in id order as their activities are grouped, duplicates removed.</summary>
    private sealed class Streaming
    {
        private readonly IDealStream stream;
        private readonly DealIndex deals;
        private readonly Activity[] kept;
        private readonly int[] starts;
        private readonly int[] lengths;
        private readonly DuplicateActivities.FirstOccurrences occurrences;
        private int next;

        public Streaming(IDealStream stream, DealIndex deals, Activity[] kept, int[] keptKeys, int[] starts, int[] lengths)
        {
            this.stream = stream;
            this.deals = deals;
            this.kept = kept;
            this.starts = starts;
            this.lengths = lengths;
            occurrences = new DuplicateActivities.FirstOccurrences(kept, keptKeys);
        }

        /// <summary>Duplicate activities found so far, reported once every activity has been read.</summary>
        public IssueLog Duplicates { get; } = new IssueLog();

        /// <summary>
        /// Hands on every deal before <paramref name="end"/> not handed on yet; the deals from the last one handed on start at
        /// <paramref name="keptCount"/> if they had no activities.
        /// </summary>
        public void HandOnUpTo(int end, int keptCount)
        {
            // The deal being grouped (if any) started where its first activity went; deals without any start at the end.
            for (; next < end; next++)
            {
                if (lengths[next] == 0)
                {
                    starts[next] = keptCount;
                }

                lengths[next] = DuplicateActivities.Remove(occurrences, starts[next], lengths[next], Duplicates);
                stream.Deal(next, deals.Sorted[next], new ArraySegment<Activity>(kept, starts[next], lengths[next]));
            }

            if (end < starts.Length)
            {
                starts[end] = keptCount;
            }
        }
    }
}
