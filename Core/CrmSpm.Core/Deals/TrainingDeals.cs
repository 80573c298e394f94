using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The closed deals a full run trains the deal model on, with their owners: each deal's <see cref="DealFeatures"/> kept
/// as values in one array. Tens of thousands of feature objects, alive from the facts to the model, were copied twice by
/// the garbage collector; an array this size sits on the large-object heap, which it does not copy. A deal becomes a
/// <see cref="DealFeatures"/> again only where the model needs one (docs/performance.md, Core engine).
/// </summary>
internal sealed class TrainingDeals
{
    private Entry[] entries;

    /// <summary>Room for <paramref name="capacity"/> deals before the array grows.</summary>
    public TrainingDeals(int capacity)
    {
        entries = new Entry[Math.Max(1, capacity)];
    }

    /// <summary>Deals added.</summary>
    public int Count { get; private set; }

    /// <summary>The closed deals of <paramref name="features"/> (null entries and open deals left out), owners unknown.</summary>
    public static TrainingDeals From(IReadOnlyList<DealFeatures> features)
    {
        var deals = new TrainingDeals(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i] != null && features[i].Outcome != OpportunityStatus.Open)
            {
                deals.Add(features[i], "");
            }
        }

        return deals;
    }

    /// <summary>Keeps a copy of <paramref name="features"/> (the caller may reuse the object) and the deal's owner.</summary>
    public void Add(DealFeatures features, string ownerId)
    {
        if (Count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        entries[Count++] = new Entry
        {
            OpportunityId = features.OpportunityId,
            ClosedOn = features.ClosedOn,
            Outcome = features.Outcome,
            StageName = features.StageName,
            StageOrder = features.StageOrder,
            DaysSinceTouch = features.DaysSinceTouch,
            ContactsEngaged = features.ContactsEngaged,
            ClosePushes = features.ClosePushes,
            Amount = features.Amount,
            OwnerTier = features.OwnerTier,
            OwnerId = ownerId,
        };
    }

    /// <summary>The owner's id given to <see cref="Add"/>.</summary>
    public string OwnerOf(int index) => entries[index].OwnerId;

    /// <summary>Sets the <paramref name="index"/>-th deal's <see cref="DealFeatures.OwnerTier"/>.</summary>
    public void SetOwnerTier(int index, Tier tier) => entries[index].OwnerTier = tier;

    /// <summary>When the <paramref name="index"/>-th deal closed.</summary>
    public DateTime? ClosedOn(int index) => entries[index].ClosedOn;

    /// <summary>The <paramref name="index"/>-th deal as a new <see cref="DealFeatures"/>.</summary>
    public DealFeatures this[int index]
    {
        get
        {
            var features = new DealFeatures();
            CopyTo(index, features);
            return features;
        }
    }

    /// <summary>Writes the <paramref name="index"/>-th deal into <paramref name="features"/> (read, then refilled for the next deal).</summary>
    public void CopyTo(int index, DealFeatures features)
    {
        var entry = entries[index];
        features.OpportunityId = entry.OpportunityId;
        features.ClosedOn = entry.ClosedOn;
        features.Outcome = entry.Outcome;
        features.StageName = entry.StageName;
        features.StageOrder = entry.StageOrder;
        features.DaysSinceTouch = entry.DaysSinceTouch;
        features.ContactsEngaged = entry.ContactsEngaged;
        features.ClosePushes = entry.ClosePushes;
        features.Amount = entry.Amount;
        features.OwnerTier = entry.OwnerTier;
    }

    /// <summary>Every deal as a new <see cref="DealFeatures"/>, in order.</summary>
    public List<DealFeatures> ToList()
    {
        var list = new List<DealFeatures>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(this[i]);
        }

        return list;
    }

    /// <summary>One deal's <see cref="DealFeatures"/> values and its owner.</summary>
    private struct Entry
    {
        public string OpportunityId;
        public DateTime? ClosedOn;
        public OpportunityStatus Outcome;
        public string StageName;
        public int StageOrder;
        public double? DaysSinceTouch;
        public int ContactsEngaged;
        public int ClosePushes;
        public decimal Amount;
        public Tier OwnerTier;
        public string OwnerId;
    }
}
