using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.State;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Decides what to write for the engine's active tips against what earlier runs wrote. Core's
/// <see cref="ReinforcementSchedule"/> decides when a tip shows (again); a snoozed tip waits until its snooze
/// ends; an open tip is rewritten only when its content changed; an open tip that is no longer active has
/// cleared and is closed. Pure: the state is not modified here.
/// </summary>
public sealed class TipPlanner
{
    private readonly ReinforcementSchedule _schedule;

    public TipPlanner(ReinforcementSchedule schedule)
    {
        _schedule = schedule;
    }

    public TipPlan Plan(IReadOnlyList<CoachingTip> activeTips, IReadOnlyDictionary<string, TipState> tips, DateTimeOffset now)
    {
        var writes = new List<TipWrite>();
        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tip in activeTips)
        {
            if (!active.Add(tip.Key))
            {
                continue;
            }

            tips.TryGetValue(tip.Key, out var state);
            if (state?.SnoozedUntil is { } snoozed && snoozed > now)
            {
                continue;
            }

            var decision = _schedule.Decide(tip.Key, state?.ToShowState(), conditionActive: true, now.UtcDateTime);
            var fields = TipTaskBuilder.Build(tip);
            var fingerprint = Fingerprint.Of(fields);
            if (decision.ShowNow)
            {
                writes.Add(new TipWrite(tip, TipTaskBuilder.Reopen(fields), fingerprint, Reopen: true, decision.State));
            }
            else if (state is { IsOpen: true } && state.Fingerprint != fingerprint)
            {
                writes.Add(new TipWrite(tip, fields, fingerprint, Reopen: false, decision.State));
            }
        }

        var closes = tips.Values
            .Where(t => t.IsOpen && t.TaskId is not null && !active.Contains(t.Key))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new TipClose(t.Key, t.TaskId!, _schedule.Decide(t.Key, t.ToShowState(), conditionActive: false, now.UtcDateTime).State))
            .ToList();
        return new TipPlan(writes, closes);
    }
}
