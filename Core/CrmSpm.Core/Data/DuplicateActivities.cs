using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Keeps one of the activities sharing an id on the same deal (<see cref="Prefer"/>) (activities that regard no deal are not
/// used by scoring, so their duplicates do not matter). Works on the id hashes <see cref="ActivityGrouping"/>
/// stored, so an activity is read again only when its hash was already seen on the deal: in practice only
/// true duplicates. The cost stays linear however many activities one deal has.
/// </summary>
internal static class DuplicateActivities
{
    /// <summary>Activities per deal up to which duplicate hashes are found by a plain scan.</summary>
    private const int SmallDeal = 32;

    /// <summary>Compacts each deal's slice of <paramref name="grouped"/> (and its hashes) in place and shortens its length.</summary>
    public static void Remove(Activity[] grouped, int[] hashes, int[] starts, int[] lengths, IssueLog log)
    {
        var seen = new HashSet<int>();
        for (var deal = 0; deal < starts.Length; deal++)
        {
            if (lengths[deal] < 2)
            {
                continue;
            }

            // A usual deal's few hashes are compared directly (a scan of a few ints beats a set); a set keeps a deal
            // with thousands of activities linear. Either way an id is compared as text only when its hash matches.
            var small = lengths[deal] <= SmallDeal;
            seen.Clear();
            var start = starts[deal];
            var length = 0;
            for (var i = start; i < start + lengths[deal]; i++)
            {
                var keptAt = small || !seen.Add(hashes[i]) ? KeptIndex(grouped, hashes, start, start + length, i) : -1;
                if (keptAt >= 0)
                {
                    log.Add(DataIssueCodes.DuplicateId, RecordTypes.Activity, grouped[i].Id, "Duplicate activity id on the same deal; counted once (the completed, then the latest, copy).");
                    if (Prefer(grouped[i], grouped[keptAt]))
                    {
                        grouped[keptAt] = grouped[i];
                    }

                    continue;
                }

                if (start + length != i)
                {
                    grouped[start + length] = grouped[i];
                    hashes[start + length] = hashes[i];
                }

                length++;
            }

            lengths[deal] = length;
        }
    }

    /// <summary>The index of an activity already kept in [from, to) with the candidate's id (same hash, then same text); −1 when none.</summary>
    private static int KeptIndex(Activity[] grouped, int[] hashes, int from, int to, int candidate)
    {
        for (var j = from; j < to; j++)
        {
            if (hashes[j] == hashes[candidate] && string.Equals(grouped[j].Id, grouped[candidate].Id, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The deterministic duplicate rule, so input order cannot matter: a completed copy beats an open one, then
    /// the later touch, then the later creation, then the larger kind and contact id (ordinal).
    /// </summary>
    internal static bool Prefer(Activity candidate, Activity kept)
    {
        if (candidate.IsCompleted != kept.IsCompleted)
        {
            return candidate.IsCompleted;
        }

        var byTouch = candidate.TouchedOn.CompareTo(kept.TouchedOn);
        if (byTouch != 0)
        {
            return byTouch > 0;
        }

        var byCreation = candidate.CreatedOn.CompareTo(kept.CreatedOn);
        if (byCreation != 0)
        {
            return byCreation > 0;
        }

        return candidate.Kind != kept.Kind ? candidate.Kind > kept.Kind : string.CompareOrdinal(candidate.ContactId, kept.ContactId) > 0;
    }
}
