using System;
using System.Collections.Generic;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Salesforce.Sync.Mirror;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Reads the reps' answers from the coaching tasks in the mirror and records them on the tip state:
/// a closed task is Done (or the response the rep picked), a deleted one Dismissed, a Snoozed response
/// hides the tip until the snooze ends. Tasks we closed ourselves (closed reason "Cleared") are not answers,
/// nor is a row older than the tip's last showing (the mirror may not yet hold our reopening write).
/// </summary>
public sealed class ResponseRecorder
{
    private readonly ReinforcementSchedule _schedule;

    public ResponseRecorder(ReinforcementSchedule schedule)
    {
        _schedule = schedule;
    }

    public IReadOnlyList<TipResponse> Record(OrgMirror mirror, Dictionary<string, TipState> tips, DateTimeOffset now)
    {
        var responses = new List<TipResponse>();
        foreach (var task in mirror.CoachingTasks.Values)
        {
            if (!tips.TryGetValue(task.Key, out var state))
            {
                // A task from a run whose state was lost: adopt it so it is not written twice.
                state = new TipState { Key = task.Key, TaskId = task.Id, ShowCount = 1, IsOpen = !task.IsClosed && !task.IsDeleted };
                tips[task.Key] = state;
            }

            state.TaskId ??= task.Id;
            if (!state.IsOpen || (state.LastShownOn is { } shown && task.SystemModstamp < shown))
            {
                continue;
            }

            var response = Interpret(task, now);
            if (response is null || (response.Response == F.Tip.ResponseSnoozed && state.SnoozedUntil == task.SnoozedUntil))
            {
                continue;
            }

            state.Response = response.Response;
            state.DismissReason = response.Reason;
            state.RespondedOn = now;
            if (response.Response == F.Tip.ResponseSnoozed)
            {
                state.SnoozedUntil = task.SnoozedUntil;
            }
            else
            {
                state.Apply(_schedule.Close(state.ToShowState(), now.UtcDateTime));
            }

            responses.Add(response);
        }

        return responses;
    }

    private static TipResponse? Interpret(CoachingTaskRow task, DateTimeOffset now)
    {
        if (task.IsDeleted)
        {
            return new TipResponse(task.Key, F.Tip.ResponseDismissed, "task deleted");
        }

        if (task.IsClosed && task.ClosedReason == F.Tip.ClosedReasonCleared)
        {
            return null;
        }

        if (task.Response == F.Tip.ResponseSnoozed && task.SnoozedUntil is { } until && until > now)
        {
            return new TipResponse(task.Key, F.Tip.ResponseSnoozed, null);
        }

        if (task.Response == F.Tip.ResponseDismissed)
        {
            return new TipResponse(task.Key, F.Tip.ResponseDismissed, task.DismissReason);
        }

        return task.IsClosed || task.Response == F.Tip.ResponseDone
            ? new TipResponse(task.Key, F.Tip.ResponseDone, null)
            : null;
    }
}
