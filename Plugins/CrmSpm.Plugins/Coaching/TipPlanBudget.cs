using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Json;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Keeps an event's tip writes within its round-trip budget (docs/performance.md): closes first (a tip the rep just
/// made untrue must not stay open), then raises, then text refreshes. A raise or close that does not fit gets its tip-state entry back as it was, so the next event on
/// the record, or the nightly recompute (which has no budget), plans it again; nothing is lost, only later.
/// </summary>
public static class TipPlanBudget
{
    /// <summary>No limit: the asynchronous recompute writes everything it plans.</summary>
    public const int Unlimited = int.MaxValue;

    /// <summary>Removes what does not fit from <paramref name="plan"/>; returns the round trips the rest costs.</summary>
    /// <param name="before">The tip state as it was before planning (a copy); deferred entries are restored from it.</param>
    /// <param name="existingOf">The task of a tip key, null when it does not exist.</param>
    public static int Trim(TipPlan plan, List<TipStateEntry> state, IReadOnlyList<TipStateEntry> before,
        Func<string, ExistingTip?> existingOf, EntityReference? owner, int budget)
    {
        var spent = 0;
        foreach (var key in plan.ToClose.ToList())
        {
            var existing = existingOf(key);
            var cost = existing != null && existing.IsOpen ? 1 : 0;
            if (spent + cost <= budget)
            {
                spent += cost;
                continue;
            }

            plan.ToClose.Remove(key);
            Restore(state, before, RuleOf(key));
        }

        foreach (var raise in plan.ToRaise.ToList())
        {
            var cost = TipWriter.CostOfRaise(existingOf(raise.Key.Key));
            if (spent + cost <= budget)
            {
                spent += cost;
                continue;
            }

            plan.ToRaise.Remove(raise);
            Restore(state, before, raise.Key.RuleId);
        }

        foreach (var tip in plan.ToRefresh.ToList())
        {
            var cost = TipWriter.NeedsRefresh(tip, owner, existingOf(tip.Key)) ? 1 : 0;
            if (cost == 0 || spent + cost > budget)
            {
                plan.ToRefresh.Remove(tip); // Unchanged text needs no call; a changed one waits for a later run.
                continue;
            }

            spent += cost;
        }

        return spent;
    }

    /// <summary>A copy of a tip state, to restore deferred entries from.</summary>
    public static List<TipStateEntry> Copy(List<TipStateEntry> state) =>
        JsonColumn.Read<List<TipStateEntry>>(JsonColumn.Write(state)) ?? new List<TipStateEntry>();

    /// <summary>The rule id a tip key starts with (<c>{rule}|…</c>, Core's TipKeys).</summary>
    public static string RuleOf(string key)
    {
        var bar = key.IndexOf('|');
        return bar < 0 ? key : key.Substring(0, bar);
    }

    private static void Restore(List<TipStateEntry> state, IReadOnlyList<TipStateEntry> before, string ruleId)
    {
        state.RemoveAll(e => e.RuleId == ruleId);
        var previous = before.FirstOrDefault(e => e.RuleId == ruleId);
        if (previous != null)
        {
            state.Add(previous);
        }
    }
}
