using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// What a snapshot looked like at an instant T (docs/scoring.md, "Point in time"): deals created after T did
/// not exist; a deal closed after T was still open at T, at the stage its history gives for T and with the
/// close date it had then; stage and close-date changes after T had not happened; activities created after T
/// did not exist and those completed after T were still open. Fields the CRM keeps no history of (next step,
/// contacts, forecast category, amount) keep their current value. Records that need no rewinding are returned
/// as they are, so scoring "now" copies nothing.
/// </summary>
public static class PointInTime
{
    /// <summary>
    /// The snapshot as known at <paramref name="asOf"/>; the caller's records are never modified.
    /// <paramref name="firstStage"/> (the catalogue's first stage) stands for a stage that cannot be known at T.
    /// </summary>
    public static OrgSnapshot Truncate(OrgSnapshot snapshot, DateTime asOf, string firstStage)
    {
        if (snapshot == null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var opportunities = new List<Opportunity>(snapshot.Opportunities?.Count ?? 0);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var opportunity in snapshot.Opportunities ?? new List<Opportunity>())
        {
            var rewound = opportunity == null ? null : Rewind(opportunity, asOf, firstStage);
            if (opportunity != null && rewound == null)
            {
                dropped.Add(opportunity.Id ?? "");
                continue;
            }

            opportunities.Add(rewound!);
        }

        var activities = new List<Activity>(snapshot.Activities?.Count ?? 0);
        foreach (var activity in snapshot.Activities ?? new List<Activity>())
        {
            if (activity == null)
            {
                activities.Add(activity!);
            }
            else if (!NotYetCreated(activity, asOf) && !(activity.RegardingOpportunityId != null && dropped.Contains(activity.RegardingOpportunityId)))
            {
                activities.Add(Rewind(activity, asOf));
            }
        }

        return new OrgSnapshot
        {
            Reps = snapshot.Reps,
            Opportunities = opportunities,
            Activities = activities,
            PreviousAdoptionScores = snapshot.PreviousAdoptionScores,
        };
    }

    /// <summary>When a closed deal closed: its actual close date, or its last modification when that is missing.</summary>
    public static DateTime ClosedOn(Opportunity opportunity) => opportunity.ActualCloseDate ?? opportunity.ModifiedOn;

    /// <summary>True when the activity did not exist yet at <paramref name="asOf"/>.</summary>
    internal static bool NotYetCreated(Activity activity, DateTime asOf) => activity.CreatedOn > asOf;

    /// <summary>
    /// The deal as it stood at <paramref name="asOf"/>; null when it was created later. The same instance when
    /// nothing about it happened after <paramref name="asOf"/>.
    /// </summary>
    public static Opportunity? Rewind(Opportunity opportunity, DateTime asOf, string firstStage)
    {
        if (opportunity == null)
        {
            throw new ArgumentNullException(nameof(opportunity));
        }

        if (opportunity.CreatedOn > asOf)
        {
            return null;
        }

        var closedLater = !opportunity.IsOpen && ClosedOn(opportunity) > asOf;
        var laterStage = HasLater(opportunity.StageHistory, asOf);
        var laterCloseDate = HasLater(opportunity.CloseDateChanges, asOf);
        if (!closedLater && !laterStage && !laterCloseDate && opportunity.ModifiedOn <= asOf)
        {
            return opportunity;
        }

        var copy = opportunity.Copy();
        if (opportunity.ModifiedOn > asOf)
        {
            copy.ModifiedOn = asOf;
        }

        if (laterStage)
        {
            copy.StageHistory = Before(opportunity.StageHistory!, asOf);
        }

        if (laterStage || closedLater)
        {
            // The stage at T is the last one entered by then; without one it is unknown, and the first stage reveals nothing.
            copy.Stage = LastStage(copy.StageHistory) ?? firstStage;
        }

        if (laterCloseDate)
        {
            copy.CloseDateChanges = Before(opportunity.CloseDateChanges, asOf, out var firstLater);
            copy.EstimatedCloseDate = firstLater?.OldDate ?? opportunity.EstimatedCloseDate;
        }

        if (closedLater)
        {
            copy.Status = OpportunityStatus.Open;
            copy.ActualCloseDate = null;
            copy.ActualAmount = null;
            copy.ForecastCategory = ForecastCategory.None;
        }

        return copy;
    }

    private static Activity Rewind(Activity activity, DateTime asOf)
    {
        if (!activity.IsCompleted || activity.TouchedOn <= asOf)
        {
            return activity;
        }

        var copy = activity.Copy();
        copy.Status = ActivityStatus.Open;
        copy.CompletedOn = null;
        return copy;
    }

    /// <summary>The stage entered last in <paramref name="history"/>; null when there is none.</summary>
    private static string? LastStage(IList<StageChange>? history)
    {
        StageChange? last = null;
        foreach (var change in history ?? new List<StageChange>())
        {
            if (change != null && !string.IsNullOrWhiteSpace(change.Stage) && (last == null || change.EnteredOn >= last.EnteredOn))
            {
                last = change;
            }
        }

        return last?.Stage;
    }

    private static bool HasLater(IList<StageChange>? history, DateTime asOf)
    {
        for (var i = 0; i < (history?.Count ?? 0); i++)
        {
            if (history![i] != null && history[i].EnteredOn > asOf)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLater(IList<CloseDateChange>? changes, DateTime asOf)
    {
        for (var i = 0; i < (changes?.Count ?? 0); i++)
        {
            if (changes![i] != null && changes[i].ChangedOn > asOf)
            {
                return true;
            }
        }

        return false;
    }

    private static IList<StageChange> Before(IList<StageChange> history, DateTime asOf)
    {
        var kept = new List<StageChange>(history.Count);
        foreach (var change in history)
        {
            if (change == null || change.EnteredOn <= asOf)
            {
                kept.Add(change!);
            }
        }

        return kept;
    }

    private static IList<CloseDateChange> Before(IList<CloseDateChange> changes, DateTime asOf, out CloseDateChange? firstLater)
    {
        var kept = new List<CloseDateChange>(changes.Count);
        firstLater = null;
        foreach (var change in changes)
        {
            if (change == null || change.ChangedOn <= asOf)
            {
                kept.Add(change!);
            }
            else if (firstLater == null || change.ChangedOn < firstLater.ChangedOn)
            {
                firstLater = change;
            }
        }

        return kept;
    }
}
