using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Keeps the first of activities sharing an id on the same deal (activities that regard no deal are not
/// used by scoring, so their duplicates do not matter). Works on the id hashes <see cref="ActivityGrouping"/>
/// stored, so an activity is read again only when its hash was already seen on the deal: in practice only
/// true duplicates. The cost stays linear however many activities one deal has.
/// </summary>
internal static class DuplicateActivities
{
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

            seen.Clear();
            var start = starts[deal];
            var length = 0;
            for (var i = start; i < start + lengths[deal]; i++)
            {
                if (!seen.Add(hashes[i]) && IsKept(grouped, hashes, start, start + length, i))
                {
                    log.Add(DataIssueCodes.DuplicateId, RecordTypes.Activity, grouped[i].Id, "Duplicate activity id on the same deal; counted once.");
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

    /// <summary>True when an activity already kept in [from, to) has the candidate's id (same hash, then same text).</summary>
    private static bool IsKept(Activity[] grouped, int[] hashes, int from, int to, int candidate)
    {
        for (var j = from; j < to; j++)
        {
            if (hashes[j] == hashes[candidate] && string.Equals(grouped[j].Id, grouped[candidate].Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
