using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Groups activities by deal into one array (a counting sort), aligned with the sorted opportunity list.
/// One array instead of a list per deal keeps a million-activity org from allocating a hundred thousand
/// growing lists; the per-deal slices are what <see cref="Scoring.DealFactsBuilder"/> reads.
/// </summary>
internal sealed class ActivityGrouping
{
    private readonly Activity[] grouped;
    private readonly int[] starts;
    private readonly int[] lengths;

    private ActivityGrouping(Activity[] grouped, int[] starts, int[] lengths)
    {
        this.grouped = grouped;
        this.starts = starts;
        this.lengths = lengths;
    }

    /// <summary>The activities of the opportunity at <paramref name="opportunityIndex"/> in the sorted list.</summary>
    public ArraySegment<Activity> Of(int opportunityIndex) => new ArraySegment<Activity>(grouped, starts[opportunityIndex], lengths[opportunityIndex]);

    public static ActivityGrouping Build(IList<Activity>? activities, IReadOnlyList<Opportunity> opportunities, IssueLog log)
    {
        var indexById = new Dictionary<string, int>(opportunities.Count, StringComparer.Ordinal);
        for (var i = 0; i < opportunities.Count; i++)
        {
            indexById.Add(opportunities[i].Id, i);
        }

        var count = activities?.Count ?? 0;
        var dealOf = new int[count];
        var lengths = new int[opportunities.Count];
        var kept = 0;
        string? previousId = null;
        var previousIndex = -1;
        for (var a = 0; a < count; a++)
        {
            dealOf[a] = -1;
            var activity = activities![a];
            var opportunityId = Accept(activity, log);
            if (opportunityId == null)
            {
                continue;
            }

            // Activities usually arrive grouped by deal (CRM queries order by the regarding record), so the
            // previous activity's deal is reused without a dictionary look-up.
            int index;
            if (previousIndex >= 0 && string.Equals(opportunityId, previousId, StringComparison.Ordinal))
            {
                index = previousIndex;
            }
            else if (!indexById.TryGetValue(opportunityId, out index))
            {
                log.Add(DataIssueCodes.UnknownOpportunity, RecordTypes.Activity, activity.Id,
                    "Regards opportunity '" + opportunityId + "', which is not in the snapshot; not counted as a touch.");
                continue;
            }

            dealOf[a] = index;
            lengths[index]++;
            kept++;
            previousId = opportunityId;
            previousIndex = index;
        }

        var starts = new int[opportunities.Count];
        var cursor = new int[opportunities.Count];
        for (int i = 0, offset = 0; i < opportunities.Count; offset += lengths[i], i++)
        {
            starts[i] = offset;
            cursor[i] = offset;
        }

        var grouped = new Activity[kept];
        for (var a = 0; a < count; a++)
        {
            if (dealOf[a] >= 0)
            {
                grouped[cursor[dealOf[a]]++] = activities![a];
            }
        }

        RemoveDuplicates(grouped, starts, lengths, log);
        return new ActivityGrouping(grouped, starts, lengths);
    }

    /// <summary>The deal id of a usable activity; null (with an issue for nulls and missing ids) otherwise.</summary>
    private static string? Accept(Activity? activity, IssueLog log)
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

        return activity.RegardingOpportunityId;
    }

    /// <summary>
    /// Keeps the first of activities sharing an id on the same deal. Checking per deal (a handful of activities
    /// each) is much cheaper than hashing every id of a million-activity org; activities that regard no deal
    /// are not used by scoring, so their duplicates do not matter.
    /// </summary>
    private static void RemoveDuplicates(Activity[] grouped, int[] starts, int[] lengths, IssueLog log)
    {
        for (var deal = 0; deal < starts.Length; deal++)
        {
            var start = starts[deal];
            var length = 1;
            for (var i = 1; i < lengths[deal]; i++)
            {
                var candidate = grouped[start + i];
                var duplicate = false;
                for (var j = 0; j < length; j++)
                {
                    if (string.Equals(candidate.Id, grouped[start + j].Id, StringComparison.Ordinal))
                    {
                        duplicate = true;
                        break;
                    }
                }

                if (duplicate)
                {
                    log.Add(DataIssueCodes.DuplicateId, RecordTypes.Activity, candidate.Id, "Duplicate activity id on the same deal; counted once.");
                }
                else
                {
                    grouped[start + length++] = candidate;
                }
            }

            lengths[deal] = Math.Min(length, lengths[deal]);
        }
    }
}
