using System;
using System.Collections.Generic;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Brings a tip state in line with the tasks as they are, before planning: a tip the state says is open but whose
/// task is gone was deleted by the rep, which counts as dismissed; one whose task was closed without our answer step
/// seeing it (an error, a bulk edit) takes the outcome of the task's state. The planner then never plans a write on
/// a task that is not there or not open.
/// </summary>
public static class TipReconciler
{
    /// <summary>Updates <paramref name="state"/> in place; true when an entry changed.</summary>
    /// <param name="taskIdOfRule">The derived task id of a rule's tip on this record.</param>
    public static bool Reconcile(List<TipStateEntry> state, Func<string, Guid> taskIdOfRule, IReadOnlyDictionary<Guid, ExistingTip> existing, DateTime now)
    {
        var changed = false;
        foreach (var entry in state)
        {
            if (!entry.Open)
            {
                continue;
            }

            existing.TryGetValue(taskIdOfRule(entry.RuleId), out var task);
            if (task != null && task.IsOpen)
            {
                continue;
            }

            entry.Open = false;
            entry.Outcome = task != null && task.State == ActivityState.Completed ? TipOutcomes.Done : TipOutcomes.Dismissed;
            entry.ClosedOn = IsoDate.Write(now);
            entry.SnoozedUntil = null;
            changed = true;
        }

        return changed;
    }
}
