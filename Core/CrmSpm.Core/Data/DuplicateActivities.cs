using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// Keeps one of the activities sharing an id on the same deal (<see cref="Prefer"/>) (activities that regard no deal are not
/// used by scoring, so their duplicates do not matter). Works on the id keys <see cref="ActivityGrouping"/> stored
/// (<see cref="KeyOf"/>), so an activity is read again only when its key was already seen on the deal: in practice
/// only true duplicates. A short deal first compares its keys pair by pair, which settles the usual deal without
/// repeats; otherwise the deal's keys go into one small open-addressing table, reused deal after deal, so the cost
/// stays linear however many activities one deal has.
/// </summary>
internal static class DuplicateActivities
{
    /// <summary>Characters from the end of an id that go into its key.</summary>
    private const int KeyCharacters = 4;

    /// <summary>
    /// A cheap stand-in for an id's hash: its length and last four characters, where sequential ids and GUIDs
    /// differ. Equal ids give equal keys; hashing whole ids cost as much as reading the million activities. A deal
    /// whose ids share their ends is checked with full hashes instead (<see cref="FirstOccurrences"/>).
    /// </summary>
    public static int KeyOf(string id)
    {
        var key = id.Length;
        for (var i = Math.Max(0, id.Length - KeyCharacters); i < id.Length; i++)
        {
            key = (key * 31) + id[i];
        }

        return key;
    }

    /// <summary>Compacts each deal's slice of <paramref name="grouped"/> in place and shortens its length.</summary>
    public static void Remove(Activity[] grouped, int[] keys, int[] starts, int[] lengths, IssueLog log)
    {
        var occurrences = new FirstOccurrences(grouped, keys);
        for (var deal = 0; deal < starts.Length; deal++)
        {
            lengths[deal] = Remove(occurrences, starts[deal], lengths[deal], log);
        }
    }

    /// <summary>
    /// Compacts the one deal's slice at <paramref name="start"/> in place and returns its new length;
    /// <paramref name="occurrences"/> is the scratch reused deal after deal.
    /// </summary>
    public static int Remove(FirstOccurrences occurrences, int start, int length, IssueLog log) =>
        length >= 2 && MayRepeat(occurrences.Keys, start, length) && occurrences.Find(start, length)
            ? Compact(occurrences.Grouped, start, length, occurrences, log)
            : length;

    /// <summary>Deals up to this long compare their keys pair by pair first, cheaper than filling a table when no key repeats.</summary>
    private const int PairwiseLength = 16;

    /// <summary>False when no two of the deal's keys are equal, so no id repeats; longer deals are left to the table.</summary>
    private static bool MayRepeat(int[] keys, int start, int count)
    {
        if (count > PairwiseLength)
        {
            return true;
        }

        var end = start + count;
        for (var i = start + 1; i < end; i++)
        {
            var key = keys[i];
            for (var j = start; j < i; j++)
            {
                if (keys[j] == key)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Keeps the preferred copy of each id of one deal at the position of its first copy, in input order, and
    /// returns the deal's new length.
    /// </summary>
    private static int Compact(Activity[] grouped, int start, int count, FirstOccurrences occurrences, IssueLog log)
    {
        var length = 0;
        for (var offset = 0; offset < count; offset++)
        {
            var i = start + offset;
            var first = occurrences.First[offset];
            if (first != offset)
            {
                var keptAt = start + occurrences.KeptOffset[first];
                log.Add(DataIssueCodes.DuplicateId, RecordTypes.Activity, grouped[i].Id, "Duplicate activity id on the same deal; counted once (the completed, then the latest, copy).");
                if (Prefer(grouped[i], grouped[keptAt]))
                {
                    grouped[keptAt] = grouped[i];
                }

                continue;
            }

            occurrences.KeptOffset[offset] = length;
            grouped[start + length] = grouped[i];
            length++;
        }

        return length;
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
    /// For one deal at a time, where each activity's id first appears in the deal, found with linear probing in a
    /// power-of-two table at most half full, so a probe ends after a slot or two. Only the slots a deal can use
    /// are cleared, so small deals stay cheap. The scratch arrays grow to the longest deal seen.
    /// </summary>
    internal sealed class FirstOccurrences
    {
        /// <summary>Offset in the deal + 1 per slot; 0 marks an empty slot.</summary>
        private int[] slots = new int[0];

        /// <summary>A deal's whole-id hashes, for when its stored keys collide too often.</summary>
        private int[] hashes = new int[0];

        /// <summary>Scratch for the activities grouped by deal in <paramref name="grouped"/>, whose id keys are <paramref name="keys"/>.</summary>
        public FirstOccurrences(Activity[] grouped, int[] keys)
        {
            Grouped = grouped;
            Keys = keys;
        }

        /// <summary>The activities, grouped by deal.</summary>
        public Activity[] Grouped { get; }

        /// <summary>Their <see cref="KeyOf"/> keys, parallel to <see cref="Grouped"/>.</summary>
        public int[] Keys { get; }

        /// <summary>Per offset in the deal, the offset of the first activity with the same id (itself when none before).</summary>
        public int[] First { get; private set; } = new int[0];

        /// <summary>Scratch for <see cref="Compact"/>: where a first copy ends up once the deal is compacted.</summary>
        public int[] KeptOffset { get; private set; } = new int[0];

        /// <summary>Fills <see cref="First"/> for the deal at <paramref name="start"/>; true when some id repeats.</summary>
        public bool Find(int start, int count)
        {
            if (First.Length < count)
            {
                // Doubled, so a stream of ever longer deals still costs linear time.
                var length = Math.Max(count, 2 * First.Length);
                slots = new int[SizeFor(length)];
                hashes = new int[length];
                First = new int[length];
                KeptOffset = new int[length];
            }

            if (TryFind(start, count, Keys, start, collisionBudget: count, out var repeats))
            {
                return repeats;
            }

            // Ids sharing their last characters (a common suffix, say): whole-id hashes keep the deal linear.
            for (var offset = 0; offset < count; offset++)
            {
                hashes[offset] = StringComparer.Ordinal.GetHashCode(Grouped[start + offset].Id);
            }

            TryFind(start, count, hashes, 0, int.MaxValue, out repeats);
            return repeats;
        }

        /// <summary>
        /// Finds first occurrences by <paramref name="keys"/> (the deal's from <paramref name="keyStart"/> on); false when more
        /// than <paramref name="collisionBudget"/> equal keys turned out to be different ids.
        /// </summary>
        private bool TryFind(int start, int count, int[] keys, int keyStart, int collisionBudget, out bool repeats)
        {
            var size = SizeFor(count);
            var mask = size - 1;
            Array.Clear(slots, 0, size);
            repeats = false;
            var collisions = 0;
            for (var offset = 0; offset < count; offset++)
            {
                First[offset] = offset;
                var key = keys[keyStart + offset];
                var slot = key & mask;
                while (slots[slot] != 0)
                {
                    var other = slots[slot] - 1;
                    if (keys[keyStart + other] == key)
                    {
                        if (string.Equals(Grouped[start + other].Id, Grouped[start + offset].Id, StringComparison.Ordinal))
                        {
                            First[offset] = other;
                            repeats = true;
                            break;
                        }

                        if (++collisions > collisionBudget)
                        {
                            return false;
                        }
                    }

                    slot = (slot + 1) & mask;
                }

                if (First[offset] == offset)
                {
                    slots[slot] = offset + 1;
                }
            }

            return true;
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
