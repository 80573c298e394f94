using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Plugins.Json;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Decides, from the rules' verdict and the deal's tip state, which tips to raise, leave alone or close. Core's
/// reinforcement schedule decides when a tip that was answered or cleared may come back (growing intervals from the
/// profile, never daily). A snoozed tip stays open: the panel hides it until its date, so nothing is planned for it.
/// </summary>
public sealed class TipPlanner
{
    private readonly ReinforcementSchedule _schedule;

    public TipPlanner(IEnumerable<int>? reinforcementIntervalsDays)
    {
        _schedule = new ReinforcementSchedule(reinforcementIntervalsDays);
    }

    /// <summary>Plans the writes and updates <paramref name="state"/> in place to what it will be after them.</summary>
    public TipPlan Plan(List<TipStateEntry> state, DealCoachingResult verdict, DateTime now)
    {
        var plan = new TipPlan();
        foreach (var tip in verdict.Tips)
        {
            var entry = state.FirstOrDefault(e => e.RuleId == tip.RuleId);
            var decision = _schedule.Decide(tip.Key, entry == null ? null : ShowStateOf(tip.Key, entry), conditionActive: true, now);
            if (!decision.ShowNow)
            {
                if (entry != null && entry.Open)
                {
                    plan.ToRefresh.Add(tip); // Still open and still true: its text follows the evidence.
                }

                continue;
            }

            if (entry == null)
            {
                entry = new TipStateEntry { RuleId = tip.RuleId };
                state.Add(entry);
            }

            entry.Open = true;
            entry.Shows = decision.State.ShowCount;
            entry.LastShownOn = IsoDate.Write(now);
            entry.Outcome = null;
            entry.ClosedOn = null;
            entry.SnoozedUntil = null;
            plan.ToRaise.Add(new KeyValuePair<CoachingTip, int>(tip, entry.Shows));
            plan.StateChanged = true;
        }

        foreach (var key in verdict.ClearedKeys)
        {
            var entry = state.FirstOrDefault(e => e.Open && key.StartsWith(e.RuleId + "|", StringComparison.Ordinal));
            if (entry == null)
            {
                continue;
            }

            entry.Open = false;
            entry.Outcome = TipOutcomes.Cleared;
            entry.ClosedOn = IsoDate.Write(now);
            plan.ToClose.Add(key);
            plan.StateChanged = true;
        }

        return plan;
    }

    private static TipShowState ShowStateOf(string key, TipStateEntry entry) => new TipShowState
    {
        Key = key,
        ShowCount = entry.Shows,
        IsOpen = entry.Open,
        LastShownOn = IsoDate.Read(entry.LastShownOn),
        ClosedOn = IsoDate.Read(entry.ClosedOn),
    };
}
