using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Keeps one of the activities sharing an id on the same deal (<see cref="Prefer"/>) (activities that regard no deal are not
/// used by scoring, so their duplicates do not matter). Works on the id hashes <see cref="ActivityGrouping"/>
/// stored, so an activity is read again only when its hash was already seen on the deal: in practice only
/// true duplicates. Each deal's kept hashes go into one small open-addressing table, reused deal after deal,
/// so the cost stays linear however many activities one deal has.
/// </summary>
internal static class DuplicateActivities
{
    /// <summary>Compacts each deal's slice of <paramref name="grouped"/> (and its hashes) in place and shortens its length.</summary>
    public static void Remove(Activity[] grouped, int[] hashes, int[] starts, int[] lengths, IssueLog log)
    {
        var table = new KeptTable(grouped, hashes, MaxLength(lengths));
        for (var deal = 0; deal < starts.Length; deal++)
        {
            if (lengths[deal] < 2)
            {
                continue;
            }

            var start = starts[deal];
            var end = start + lengths[deal];
            var length = 0;
            table.Clear(lengths[deal]);
            for (var i = start; i < end; i++)
            {
                var keptAt = table.FindOrAdd(i, start + length);
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

    private static int MaxLength(int[] lengths)
    {
        var max = 0;
        foreach (var length in lengths)
        {
            max = Math.Max(max, length);
        }

        return max;
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

    /// <summary>
    /// The positions of one deal's kept activities by id hash (linear probing in a power-of-two array at most half
    /// full, so a probe ends after a slot or two). Only the slots a deal can use are cleared, so small deals stay cheap.
    /// </summary>
    private struct KeptTable
    {
        private readonly Activity[] grouped;
        private readonly int[] hashes;

        /// <summary>Kept position + 1 per slot; 0 marks an empty slot.</summary>
        private readonly int[] slots;
        private int mask;

        public KeptTable(Activity[] grouped, int[] hashes, int maxLength)
        {
            this.grouped = grouped;
            this.hashes = hashes;
            slots = new int[SizeFor(maxLength)];
            mask = 0;
        }

        /// <summary>Empties the table for a deal of <paramref name="length"/> activities.</summary>
        public void Clear(int length)
        {
            var size = SizeFor(length);
            Array.Clear(slots, 0, size);
            mask = size - 1;
        }

        /// <summary>
        /// The kept position of an activity with the id of the one at <paramref name="candidate"/> (same hash, then
        /// same text); otherwise records <paramref name="keptAt"/> as where the candidate is kept and returns −1.
        /// </summary>
        public int FindOrAdd(int candidate, int keptAt)
        {
            var hash = hashes[candidate];
            var slot = hash & mask;
            while (slots[slot] != 0)
            {
                var kept = slots[slot] - 1;
                if (hashes[kept] == hash && string.Equals(grouped[kept].Id, grouped[candidate].Id, StringComparison.Ordinal))
                {
                    return kept;
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = keptAt + 1;
            return -1;
        }

        /// <summary>The smallest power of two at least twice <paramref name="length"/>.</summary>
        private static int SizeFor(int length)
        {
            var size = 2;
            while (size < 2 * length)
            {
                size *= 2;
            }

            return size;
        }
    }
}
