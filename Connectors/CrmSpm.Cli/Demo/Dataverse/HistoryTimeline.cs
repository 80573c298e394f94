using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Turns a generated org (which records each deal's final state plus its history) into the events a rep performed,
/// in time order: the deal created at its first stage with its first close date, every close-date push and stage
/// change, every activity, the next step written down after the first conversation, the win or loss, and the
/// follow-up tasks planned at the end.
/// </summary>
public static class HistoryTimeline
{
    /// <summary>Every event of <paramref name="snapshot"/>, oldest first; ties keep each deal's own order.</summary>
    public static IReadOnlyList<ReplayEvent> Build(OrgSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var activities = snapshot.Activities
            .Where(a => a.RegardingOpportunityId != null)
            .GroupBy(a => a.RegardingOpportunityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var events = new List<ReplayEvent>();
        for (var order = 0; order < snapshot.Opportunities.Count; order++)
        {
            var deal = snapshot.Opportunities[order];
            events.AddRange(EventsOf(deal, order, activities.TryGetValue(deal.Id, out var list) ? list : new List<Activity>()));
        }

        return events
            .OrderBy(e => e.When)
            .ThenBy(e => e.DealOrder)
            .ThenBy(e => e.Kind)
            .ToList();
    }

    /// <summary>What happened to one deal, in its own order.</summary>
    public static IEnumerable<ReplayEvent> EventsOf(Opportunity deal, int order, IReadOnlyList<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(activities);
        var stages = deal.StageHistory.OrderBy(s => s.EnteredOn).ToList();
        var completed = activities.Where(a => a.IsCompleted).OrderBy(a => a.TouchedOn).ToList();
        var hasNextStep = !string.IsNullOrWhiteSpace(deal.NextStep);
        yield return new ReplayEvent(deal.CreatedOn, ReplayEventKind.DealCreated, deal, order, Stage: stages.FirstOrDefault()?.Stage ?? deal.Stage,
            WithNextStep: hasNextStep && completed.Count == 0);
        foreach (var push in deal.CloseDateChanges.Where(c => c.IsPush))
        {
            yield return new ReplayEvent(push.ChangedOn, ReplayEventKind.CloseDatePushed, deal, order, NewCloseDate: push.NewDate);
        }

        foreach (var stage in stages.Skip(1))
        {
            yield return new ReplayEvent(stage.EnteredOn, ReplayEventKind.StageChanged, deal, order, Stage: stage.Stage);
        }

        foreach (var activity in completed)
        {
            yield return new ReplayEvent(activity.TouchedOn, ReplayEventKind.ActivityCompleted, deal, order, activity);
        }

        if (hasNextStep && completed.Count > 0)
        {
            // Written down right after the first conversation (without one, the deal is created with it).
            yield return new ReplayEvent(completed[0].TouchedOn, ReplayEventKind.NextStepSet, deal, order);
        }

        if (deal.Status != OpportunityStatus.Open && deal.ActualCloseDate.HasValue)
        {
            yield return new ReplayEvent(deal.ActualCloseDate.Value, deal.Status == OpportunityStatus.Won ? ReplayEventKind.DealWon : ReplayEventKind.DealLost, deal, order);
        }

        foreach (var planned in activities.Where(a => a.Status == ActivityStatus.Open))
        {
            yield return new ReplayEvent(planned.CreatedOn, ReplayEventKind.TaskPlanned, deal, order, planned);
        }
    }

    /// <summary>
    /// The close date the deal was created with: the first change's old date; without changes, the final estimate
    /// (open deals) or the close date (closed deals, whose estimate the generator overwrites when they close).
    /// </summary>
    public static DateTime? FirstCloseDate(Opportunity deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var first = deal.CloseDateChanges.FirstOrDefault();
        if (first != null)
        {
            return first.OldDate;
        }

        return deal.IsOpen ? deal.EstimatedCloseDate : deal.ActualCloseDate?.Date ?? deal.EstimatedCloseDate;
    }
}
