using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// The clean opportunities, one per id, and where each id stands in ordinal id order: the one index the
/// sanitizer builds over the deals. It serves the duplicate check while cleaning and then places each
/// activity with its deal. Deals keep the slot of their first appearance; the id order is only worked out
/// when the input was not already in it (usual for CRM pages). Input in that order needs no dictionary at all:
/// an id larger than every earlier one cannot repeat (<see cref="Add"/>), and activities grouped in that order
/// find their deal a few places after the previous one (<see cref="TryGetPosition"/>). The dictionary from id
/// to slot is built the first time either shortcut fails, from the slots filled so far.
/// </summary>
internal sealed class DealIndex
{
    /// <summary>How far past the previous activity's deal <see cref="TryGetPosition"/> looks before asking the dictionary.</summary>
    private const int ForwardScan = 8;

    private readonly List<Opportunity> bySlot;
    private readonly int capacity;
    private Dictionary<string, int>? slotById;
    private bool inIdOrder = true;

    /// <summary>The position in <see cref="Sorted"/> of the deal in each slot; null while slots are already in id order.</summary>
    private int[]? positionOfSlot;

    public DealIndex(int capacity)
    {
        this.capacity = capacity;
        bySlot = new List<Opportunity>(capacity);
        Sorted = bySlot;
    }

    /// <summary>Number of deals.</summary>
    public int Count => bySlot.Count;

    /// <summary>The deals sorted by ordinal id (so input order cannot matter), once <see cref="SortById"/> has run.</summary>
    public List<Opportunity> Sorted { get; private set; }

    /// <summary>
    /// Adds <paramref name="opportunity"/> unless a deal with its id is already kept; then returns that deal and
    /// its <paramref name="slot"/> instead (null when added).
    /// </summary>
    public Opportunity? Add(Opportunity opportunity, out int slot)
    {
        // Ids arriving in increasing order cannot repeat an earlier one: the usual sorted input needs no look-up.
        var ordered = inIdOrder && (bySlot.Count == 0 || string.CompareOrdinal(bySlot[bySlot.Count - 1].Id, opportunity.Id) < 0);
        if (!ordered && SlotById().TryGetValue(opportunity.Id, out slot))
        {
            // A repeated id leaves the slots as they were, still in id order if they were.
            return bySlot[slot];
        }

        inIdOrder = ordered;
        slot = bySlot.Count;
        slotById?.Add(opportunity.Id, slot);
        bySlot.Add(opportunity);
        return null;
    }

    /// <summary>Replaces the deal in <paramref name="slot"/> by another record with its id.</summary>
    public void Replace(int slot, Opportunity opportunity) => bySlot[slot] = opportunity;

    /// <summary>Orders <see cref="Sorted"/> by ordinal id; nothing to do when the deals arrived in that order.</summary>
    public void SortById()
    {
        if (inIdOrder)
        {
            return;
        }

        var ids = new string[bySlot.Count];
        var slots = new int[bySlot.Count];
        for (var slot = 0; slot < ids.Length; slot++)
        {
            ids[slot] = bySlot[slot].Id;
            slots[slot] = slot;
        }

        // Ids are unique, so the unstable sort still gives one order.
        Array.Sort(ids, slots, StringComparer.Ordinal);
        var sorted = new List<Opportunity>(slots.Length);
        positionOfSlot = new int[slots.Length];
        for (var position = 0; position < slots.Length; position++)
        {
            sorted.Add(bySlot[slots[position]]);
            positionOfSlot[slots[position]] = position;
        }

        Sorted = sorted;
    }

    /// <summary>
    /// The position in <see cref="Sorted"/> of the deal with <paramref name="id"/>. <paramref name="previous"/> is the
    /// position found for the previous activity: activities grouped in deal order usually move on to the next deal or
    /// one a little further (deals without activities are skipped), which is checked before the dictionary.
    /// </summary>
    public bool TryGetPosition(string id, int previous, out int position)
    {
        var sorted = Sorted;
        var end = Math.Min(sorted.Count, previous + 1 + ForwardScan);
        for (position = previous + 1; position < end; position++)
        {
            var order = string.CompareOrdinal(sorted[position].Id, id);
            if (order == 0)
            {
                return true;
            }

            if (order > 0)
            {
                break;
            }
        }

        if (!SlotById().TryGetValue(id, out var slot))
        {
            position = -1;
            return false;
        }

        position = positionOfSlot == null ? slot : positionOfSlot[slot];
        return true;
    }

    /// <summary>The dictionary from id to slot, built from the slots filled so far on first use.</summary>
    private Dictionary<string, int> SlotById()
    {
        if (slotById == null)
        {
            // Sized up front: growing a dictionary of 100,000 deals rehashes every id several times.
            slotById = new Dictionary<string, int>(Math.Max(capacity, bySlot.Count), StringComparer.Ordinal);
            for (var slot = 0; slot < bySlot.Count; slot++)
            {
                slotById.Add(bySlot[slot].Id, slot);
            }
        }

        return slotById;
    }
}
