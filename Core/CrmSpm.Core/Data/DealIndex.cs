using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// The clean opportunities, one per id, and where each id stands in ordinal id order: the one index the
/// sanitizer builds over the deals. It serves the duplicate check while cleaning and then places each
/// activity with its deal, so a deal's id is hashed once per run. Deals keep the slot of their first
/// appearance; the id order is only worked out when the input was not already in it (usual for CRM pages).
/// </summary>
internal sealed class DealIndex
{
    private readonly Dictionary<string, int> slotById;
    private readonly List<Opportunity> bySlot;
    private bool inIdOrder = true;

    /// <summary>The position in <see cref="Sorted"/> of the deal in each slot; null while slots are already in id order.</summary>
    private int[]? positionOfSlot;

    public DealIndex(int capacity)
    {
        // Sized up front: growing a dictionary of 100,000 deals rehashes every id several times.
        slotById = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        bySlot = new List<Opportunity>(capacity);
        Sorted = bySlot;
    }

    /// <summary>Number of deals.</summary>
    public int Count => bySlot.Count;

    /// <summary>The deals sorted by ordinal id (so input order cannot matter), once <see cref="SortById"/> has run.</summary>
    public List<Opportunity> Sorted { get; private set; }

    /// <summary>The deal kept so far with <paramref name="id"/>, or null.</summary>
    public Opportunity? Find(string id, out int slot)
    {
        if (slotById.TryGetValue(id, out slot))
        {
            return bySlot[slot];
        }

        return null;
    }

    /// <summary>Adds a deal whose id is not in the index yet.</summary>
    public void Add(Opportunity opportunity)
    {
        if (inIdOrder && bySlot.Count > 0)
        {
            inIdOrder = string.CompareOrdinal(bySlot[bySlot.Count - 1].Id, opportunity.Id) < 0;
        }

        slotById.Add(opportunity.Id, bySlot.Count);
        bySlot.Add(opportunity);
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

    /// <summary>The position in <see cref="Sorted"/> of the deal with <paramref name="id"/>.</summary>
    public bool TryGetPosition(string id, out int position)
    {
        if (!slotById.TryGetValue(id, out var slot))
        {
            position = -1;
            return false;
        }

        position = positionOfSlot == null ? slot : positionOfSlot[slot];
        return true;
    }
}
