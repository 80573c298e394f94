using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Writes tips as <c>task</c> rows, addressed by the id derived from the tip's key, and only ever with calls that
/// cannot fail on our own bookkeeping: the caller says whether the task exists and whether it is open
/// (<see cref="ExistingTip"/>). A missing task is created by Upsert (two events raising it at once still leave one
/// row); a closed one, read-only until reopened, is reopened by a state-only update first; a deleted one is never
/// touched (it counts as dismissed). Every text fits its column (<see cref="ActivityColumns"/>, <see cref="CoachingTipColumns"/>).
/// </summary>
public sealed class TipWriter
{
    // task statuscode values of each state (Microsoft's task table reference, statecode/statuscode).
    private const int OpenNotStartedStatus = 2;
    private const int CompletedStatus = 5;
    private const int CanceledStatus = 6;

    private readonly IOrganizationService _service;

    public TipWriter(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Round trips <see cref="Raise"/> costs: a closed task needs its state-only reopen first.</summary>
    public static int CostOfRaise(ExistingTip? existing) => existing != null && !existing.IsOpen ? 2 : 1;

    /// <summary>Creates the tip's task, or reopens and rewrites it; <paramref name="owner"/> is who acts on it.</summary>
    public void Raise(CoachingTip tip, EntityReference regarding, EntityReference? owner, int showCount, ExistingTip? existing)
    {
        var id = TipIdentity.ForKey(tip.Key);
        var task = Content(id, tip, owner);
        task[ActivityColumns.RegardingObjectId] = regarding;
        task[ActivityColumns.ScheduledEnd] = tip.DueOn;
        task[CoachingTipColumns.RuleId] = tip.RuleId;
        task[CoachingTipColumns.TipKey] = tip.Key;
        task[CoachingTipColumns.ShowCount] = showCount;
        if (existing == null)
        {
            // No state columns: a new task starts Open / Not Started, and statecode is not valid on create.
            _service.Execute(new UpsertRequest { Target = task });
            return;
        }

        if (!existing.IsOpen)
        {
            // Completed and canceled activities are read-only: reopen with a state-only change, then write.
            _service.Update(StateOnly(id, ActivityState.Open, OpenNotStartedStatus));
        }

        // A raised tip starts unanswered again.
        task[CoachingTipColumns.Response] = null;
        task[CoachingTipColumns.DismissReason] = null;
        task[CoachingTipColumns.SnoozedUntil] = null;
        _service.Update(task);
    }

    /// <summary>Rewrites an open tip whose text or owner no longer matches its evidence; false (no call) otherwise.</summary>
    public bool Refresh(CoachingTip tip, EntityReference? owner, ExistingTip? existing)
    {
        if (!NeedsRefresh(tip, owner, existing))
        {
            return false;
        }

        _service.Update(Content(existing!.Id, tip, owner));
        return true;
    }

    /// <summary>True when an open tip's subject, description or owner differs from what <paramref name="tip"/> says now.</summary>
    public static bool NeedsRefresh(CoachingTip tip, EntityReference? owner, ExistingTip? existing) =>
        existing != null && existing.IsOpen
        && ((owner != null && owner.Id != existing.OwnerId)
            || SubjectOf(tip) != (existing.Subject ?? "")
            || DescriptionOf(tip) != (existing.Description ?? ""));

    /// <summary>Completes an open tip whose condition cleared; false (no call) when it is gone or already closed.</summary>
    public bool Close(ExistingTip? existing) => SetState(existing, ActivityState.Completed, CompletedStatus);

    /// <summary>Cancels an open tip that a newer one replaced (a rep-level tip of an earlier period).</summary>
    public bool Supersede(ExistingTip? existing) => SetState(existing, ActivityState.Canceled, CanceledStatus);

    /// <summary>The subject a rep reads for <paramref name="tip"/>, within the column.</summary>
    public static string SubjectOf(CoachingTip tip) => BoundedText.Truncate(tip.Title, CoachingTipColumns.SubjectMaxLength) ?? "";

    /// <summary>The description a rep reads (Core's <see cref="TipWording.Description"/>: action, evidence, where to learn more), within the column.</summary>
    public static string DescriptionOf(CoachingTip tip) =>
        BoundedText.Truncate(TipWording.Description(tip), CoachingTipColumns.DescriptionMaxLength) ?? "";

    /// <summary>Round trips a planned action costs, given the tip's task as it stands.</summary>
    public static int CostOf(TipAction action, ExistingTip? existing)
    {
        switch (action.Kind)
        {
            case TipActionKind.Raise:
            case TipActionKind.Resurface:
                return CostOfRaise(existing);
            case TipActionKind.Refresh:
                return existing != null && existing.IsOpen ? 1 : 0;
            case TipActionKind.Close:
            case TipActionKind.Supersede:
                return existing != null && existing.IsOpen ? 1 : 0;
            default:
                return 0;
        }
    }

    private bool SetState(ExistingTip? existing, int state, int status)
    {
        if (existing == null || !existing.IsOpen)
        {
            return false;
        }

        _service.Update(StateOnly(existing.Id, state, status));
        return true;
    }

    private static Entity StateOnly(Guid id, int state, int status) => new Entity(CoachingTipColumns.EntityName, id)
    {
        [ActivityColumns.StateCode] = new OptionSetValue(state),
        [ActivityColumns.StatusCode] = new OptionSetValue(status),
    };

    private static Entity Content(Guid id, CoachingTip tip, EntityReference? owner)
    {
        var task = new Entity(CoachingTipColumns.EntityName, id)
        {
            [ActivityColumns.Subject] = SubjectOf(tip),
            [ActivityColumns.Description] = DescriptionOf(tip),
            [CoachingTipColumns.Severity] = new OptionSetValue(TipSeverityChoice.Low + (int)tip.Severity),
            [CoachingTipColumns.Evidence] = EvidenceOf(tip),
            [CoachingTipColumns.Benchmark] = BoundedText.Truncate(tip.Benchmark, CoachingTipColumns.BenchmarkMaxLength),
            // A cut URL is a broken link: one that does not fit is left out.
            [CoachingTipColumns.TrainingLink] = tip.TrainingLink != null && tip.TrainingLink.Length <= CoachingTipColumns.TrainingLinkMaxLength ? tip.TrainingLink : null,
        };
        if (owner != null)
        {
            task[ActivityColumns.OwnerId] = owner;
        }

        return task;
    }

    private static string EvidenceOf(CoachingTip tip)
    {
        var evidence = new Dictionary<string, string>(tip.Evidence);
        var json = JsonColumn.Write(evidence);
        while (json.Length > CoachingTipColumns.EvidenceMaxLength && evidence.Count > 0)
        {
            evidence.Remove(evidence.Keys.Last());
            json = JsonColumn.Write(evidence);
        }

        return json;
    }
}
