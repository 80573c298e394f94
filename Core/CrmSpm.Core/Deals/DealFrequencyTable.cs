using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The deal model's counts: won and lost totals, lost deals per stage reached, and won/lost counts per
/// feature value. Counting follows Odoo's predictive lead scoring: a lost deal counts only for the stages up
/// to the one it was lost at (every won deal reaches every stage). Whole-number counts keep incremental
/// updates and rebuilds identical.
/// </summary>
internal sealed class DealFrequencyTable
{
    private readonly int[] stageOrders;
    private readonly Dictionary<int, int> lostReachedStage = new Dictionary<int, int>();
    private readonly Dictionary<string, Dictionary<string, FeatureCounter>> counts =
        new Dictionary<string, Dictionary<string, FeatureCounter>>(StringComparer.Ordinal);

    public DealFrequencyTable(int[] stageOrders)
    {
        this.stageOrders = stageOrders;
    }

    public int Won { get; private set; }

    public int Lost { get; private set; }

    /// <summary>Won deals counted with <see cref="DealFeatures.StageUnknown"/>: in the totals, not in the stage counts.</summary>
    public int UnknownStageWon { get; private set; }

    /// <summary>Lost deals counted with <see cref="DealFeatures.StageUnknown"/>.</summary>
    public int UnknownStageLost { get; private set; }

    /// <summary>Won deals with a known stage: the stage ratio's won total.</summary>
    public int StageWon => Won - UnknownStageWon;

    /// <summary>Lost deals with a known stage: the stage ratio's lost total.</summary>
    public int StageLost => Lost - UnknownStageLost;

    public int LostReached(int stageOrder) => lostReachedStage.TryGetValue(stageOrder, out var count) ? count : 0;

    public FeatureCounter? Find(string feature, string value) =>
        counts.TryGetValue(feature, out var values) && values.TryGetValue(value, out var counter) ? counter : null;

    /// <summary>Share of the closed deals that have the feature's commonest value (0 with nothing counted).</summary>
    public double CommonestShare(string feature)
    {
        var closed = Won + Lost;
        if (closed <= 0 || !counts.TryGetValue(feature, out var values))
        {
            return 0;
        }

        var most = 0;
        foreach (var counter in values.Values)
        {
            most = System.Math.Max(most, counter.Won + counter.Lost);
        }

        return (double)most / closed;
    }

    /// <summary>The catalogue stage an order counts as: itself when known, otherwise the first stage.</summary>
    public int EffectiveStage(int order) => stageOrders.Contains(order) || stageOrders.Length == 0 ? order : stageOrders[0];

    /// <summary>Adds (+1) or removes (−1) one closed deal with its banded values.</summary>
    public void Apply(bool isWon, int stageOrder, KeyValuePair<string, string>[] values, int delta)
    {
        if (stageOrder == DealFeatures.StageUnknown)
        {
            UnknownStageWon += isWon ? delta : 0;
            UnknownStageLost += isWon ? 0 : delta;
        }

        if (isWon)
        {
            Won += delta;
        }
        else if (stageOrder == DealFeatures.StageUnknown)
        {
            Lost += delta;
        }
        else
        {
            Lost += delta;
            // The stages of StagesReached, without its iterator: a rebuild counts tens of thousands of lost deals.
            var any = false;
            foreach (var order in stageOrders)
            {
                if (order <= stageOrder)
                {
                    any = true;
                    AddLostReached(order, delta);
                }
            }

            if (!any && stageOrders.Length > 0)
            {
                AddLostReached(stageOrders[0], delta);
            }
        }

        foreach (var pair in values)
        {
            var byValue = ValuesOf(pair.Key);
            if (!byValue.TryGetValue(pair.Value, out var counter))
            {
                counter = new FeatureCounter();
                byValue.Add(pair.Value, counter);
            }

            if (isWon)
            {
                counter.Won += delta;
            }
            else
            {
                counter.Lost += delta;
            }

            if (counter.Won <= 0 && counter.Lost <= 0)
            {
                byValue.Remove(pair.Value);
            }
        }
    }

    /// <summary>True when every count a deal contributed is present, so removing it cannot go below zero.</summary>
    public bool Contains(bool isWon, int stageOrder, KeyValuePair<string, string>[] values)
    {
        if ((isWon ? Won : Lost) <= 0)
        {
            return false;
        }

        foreach (var pair in values)
        {
            var counter = Find(pair.Key, pair.Value);
            if (counter == null || (isWon ? counter.Won : counter.Lost) <= 0)
            {
                return false;
            }
        }

        if (stageOrder == DealFeatures.StageUnknown)
        {
            return (isWon ? UnknownStageWon : UnknownStageLost) > 0;
        }

        return isWon || StagesReached(stageOrder).All(order => LostReached(order) > 0);
    }

    public void Clear()
    {
        Won = 0;
        Lost = 0;
        UnknownStageWon = 0;
        UnknownStageLost = 0;
        lostReachedStage.Clear();
        counts.Clear();
    }

    public DealModelState ToState() => new DealModelState
    {
        Won = Won,
        Lost = Lost,
        UnknownStageWon = UnknownStageWon,
        UnknownStageLost = UnknownStageLost,
        LostReachedStage = lostReachedStage.OrderBy(p => p.Key).Select(p => new StageCount { Order = p.Key, Lost = p.Value }).ToList(),
        Counts = counts
            .SelectMany(f => f.Value.Select(v => new FeatureCount { Feature = f.Key, Value = v.Key, Won = v.Value.Won, Lost = v.Value.Lost }))
            .OrderBy(c => c.Feature, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList(),
    };

    /// <summary>Loads persisted counts; entries with nothing counted and negative counts are dropped.</summary>
    public void Load(DealModelState state)
    {
        Clear();
        Won = state.Won;
        Lost = state.Lost;
        // States written before unknown stages existed have neither: every deal counted had a stage.
        UnknownStageWon = Math.Max(0, Math.Min(Won, state.UnknownStageWon));
        UnknownStageLost = Math.Max(0, Math.Min(Lost, state.UnknownStageLost));
        foreach (var stage in state.LostReachedStage ?? new List<StageCount>())
        {
            if (stage != null && stage.Lost > 0)
            {
                lostReachedStage[stage.Order] = stage.Lost;
            }
        }

        foreach (var count in state.Counts ?? new List<FeatureCount>())
        {
            if (count != null && count.Feature != null && count.Value != null && (count.Won > 0 || count.Lost > 0))
            {
                ValuesOf(count.Feature)[count.Value] = new FeatureCounter { Won = Math.Max(0, count.Won), Lost = Math.Max(0, count.Lost) };
            }
        }
    }

    /// <summary>Catalogue stages up to and including <paramref name="order"/>; an unknown order counts as the first stage.</summary>
    private IEnumerable<int> StagesReached(int order)
    {
        var any = false;
        foreach (var stageOrder in stageOrders)
        {
            if (stageOrder <= order)
            {
                any = true;
                yield return stageOrder;
            }
        }

        if (!any && stageOrders.Length > 0)
        {
            yield return stageOrders[0];
        }
    }

    private void AddLostReached(int order, int delta)
    {
        var next = LostReached(order) + delta;
        if (next <= 0)
        {
            lostReachedStage.Remove(order);
        }
        else
        {
            lostReachedStage[order] = next;
        }
    }

    private Dictionary<string, FeatureCounter> ValuesOf(string feature)
    {
        if (!counts.TryGetValue(feature, out var values))
        {
            values = new Dictionary<string, FeatureCounter>(StringComparer.Ordinal);
            counts.Add(feature, values);
        }

        return values;
    }
}
