using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// The policy's decisions, in the order to write them: supersedes and closes first (a tip that became untrue must not
/// stay open), then shows by expected value, then refreshes; and the tips held back, each with its reason.
/// </summary>
public sealed class TipActionPlan
{
    public TipActionPlan(IReadOnlyList<TipAction> actions, IReadOnlyList<DeferredTip> deferred)
    {
        Actions = actions;
        Deferred = deferred;
    }

    public IReadOnlyList<TipAction> Actions { get; private set; }

    public IReadOnlyList<DeferredTip> Deferred { get; private set; }

    /// <summary>The actions that write to the CRM.</summary>
    public IEnumerable<TipAction> Writes => Actions.Where(a => a.Writes);

    /// <summary>The actions of one kind.</summary>
    public IEnumerable<TipAction> Of(TipActionKind kind) => Actions.Where(a => a.Kind == kind);

    /// <summary>
    /// Keeps the writes within a connector's budget (an event's round trips): in plan order, an action that does not
    /// fit is deferred with <see cref="DeferralReasons.WriteBudget"/> and its stored tip stays as it was, so the next
    /// plan decides it again. Returns what the kept actions cost.
    /// </summary>
    public int TrimToBudget(Func<TipAction, int> cost, int budget)
    {
        var kept = new List<TipAction>();
        var deferred = Deferred.ToList();
        var spent = 0;
        foreach (var action in Actions)
        {
            var price = action.Writes ? cost(action) : 0;
            if (spent + price <= budget)
            {
                spent += price;
                kept.Add(action);
            }
            else
            {
                deferred.Add(new DeferredTip(action.Key, action.Tip, DeferralReasons.WriteBudget));
            }
        }

        Actions = kept;
        Deferred = deferred;
        return spent;
    }

    /// <summary>The stored tips once every action is written: <paramref name="stored"/> with each action's result.</summary>
    public List<StoredTip> ApplyTo(IEnumerable<StoredTip> stored)
    {
        var byKey = new Dictionary<string, StoredTip>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var tip in stored)
        {
            if (!byKey.ContainsKey(tip.Key))
            {
                order.Add(tip.Key);
            }

            byKey[tip.Key] = tip.Copy();
        }

        foreach (var action in Actions)
        {
            if (!byKey.ContainsKey(action.Key))
            {
                order.Add(action.Key);
            }

            byKey[action.Key] = action.After.Copy();
        }

        return order.Select(k => byKey[k]).ToList();
    }
}
