extern alias plugins;
using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmSpm.SnapshotRows;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Replays the generated history through the organization service, as the rep who owns each deal and at the time it
/// happened (the org's clock moves to each event): every call runs CrmSpm's plugins exactly as a rep's save would
/// in Dataverse. Counts what each call cost in round trips.
/// </summary>
public sealed class HistoryReplayer
{
    /// <summary>The text <c>PluginBase</c> traces when it swallows an internal error on a rep's save.</summary>
    public const string SkippedTrace = "skipped after an internal error";

    private readonly DemoOrg org;
    private readonly Dictionary<Guid, IOrganizationService> services = new Dictionary<Guid, IOrganizationService>();

    public HistoryReplayer(DemoOrg org)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
    }

    /// <summary>Everything replayed so far by this replayer.</summary>
    public ReplayStatistics Statistics { get; } = new ReplayStatistics();

    /// <summary>Replays <paramref name="events"/> in the given order (see <see cref="HistoryTimeline"/>); returns the running totals.</summary>
    public ReplayStatistics Replay(IEnumerable<ReplayEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var statistics = Statistics;
        var counters = org.Organization.Counters;
        var before = counters.Total;
        org.Organization.ClearTraces();
        foreach (var replayEvent in events)
        {
            if (replayEvent.When > org.UtcNow)
            {
                org.Time.SetUtcNow(new DateTimeOffset(DateTime.SpecifyKind(replayEvent.When, DateTimeKind.Utc)));
            }

            var accepted = true;
            var cost = counters.Measure(() => accepted = ApplyOrRecordRejection(replayEvent, statistics));
            statistics.Count(replayEvent.Kind);
            if (accepted)
            {
                CountRoundTrips(replayEvent.Kind, cost.Calls - 1, statistics); // the rep's own call is not a plugin round trip
            }

            // The system jobs the event queued (a close's model and scorecard), run as the asynchronous service would,
            // moments after the save: counted apart, they are not on the rep's save.
            var jobs = 0;
            var jobCost = counters.Measure(() => jobs = org.Organization.RunAsyncOperations());
            if (jobs > 0)
            {
                statistics.AsyncJobs.Add(jobCost.Calls);
            }

            statistics.SkippedSteps += CountSkippedAndClearTraces();
        }

        var total = counters.Total - before;
        statistics.Calls += total.Calls;
        statistics.RowsRead += total.RowsRead;
        statistics.RowsWritten += total.RowsWritten;
        return statistics;
    }

    /// <summary>
    /// The two per-event figures of docs/performance.md ("Dataverse plugins"): an opportunity update (stage, close date, next step) and a completed
    /// activity's create. Planned tasks are not touches: the activity step returns before any call.
    /// </summary>
    private static void CountRoundTrips(ReplayEventKind kind, long pluginCalls, ReplayStatistics statistics)
    {
        switch (kind)
        {
            case ReplayEventKind.CloseDatePushed:
            case ReplayEventKind.StageChanged:
            case ReplayEventKind.NextStepSet:
                statistics.OpportunityUpdates.Add(pluginCalls);
                break;
            case ReplayEventKind.ActivityCompleted:
                statistics.ActivityCreates.Add(pluginCalls);
                break;
        }
    }

    /// <summary>
    /// Sends the event's call; false when the org refused it. A fault is what a rep would see as an error dialog: the
    /// replay records it (the platform table shows it) and carries on with the next event rather than abandoning the demo.
    /// </summary>
    private bool ApplyOrRecordRejection(ReplayEvent e, ReplayStatistics statistics)
    {
        try
        {
            Apply(e);
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            statistics.Reject(e.Kind + " " + e.Deal.Id + ": " + (fault.Detail?.Message ?? fault.Message));
            return false;
        }
    }

    private void Apply(ReplayEvent e)
    {
        var deal = e.Deal;
        var service = ServiceOf(deal.OwnerId);
        var dealId = RowIds.For(deal.Id);
        switch (e.Kind)
        {
            case ReplayEventKind.DealCreated:
                service.Create(NewDeal(e));
                break;
            case ReplayEventKind.CloseDatePushed:
                service.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedCloseDate] = e.NewCloseDate });
                break;
            case ReplayEventKind.StageChanged:
                service.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.StepName] = e.Stage });
                break;
            case ReplayEventKind.NextStepSet:
                service.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.NextStep] = deal.NextStep });
                break;
            case ReplayEventKind.ActivityCompleted:
            case ReplayEventKind.TaskPlanned:
                var row = ActivityRows.AsSaved(e.Activity!, dealId);
                var activityId = service.Create(row);
                if (e.Activity!.IsCompleted)
                {
                    service.Update(ActivityRows.Completion(row.LogicalName, activityId));
                }

                break;
            case ReplayEventKind.DealWon:
                service.Execute(Close(StandardNames.WinOpportunity, dealId, StandardNames.WonStatus, deal.ActualAmount ?? deal.PipelineAmount));
                break;
            case ReplayEventKind.DealLost:
                service.Execute(Close(StandardNames.LoseOpportunity, dealId, StandardNames.LostStatus, null));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown replay event.");
        }
    }

    private Entity NewDeal(ReplayEvent e)
    {
        var deal = e.Deal;
        Guid? account = deal.AccountId != null && org.Accounts.TryGetValue(deal.AccountId, out var id) ? id : null;
        return DealRows.AsCreated(deal, e.Stage, HistoryTimeline.FirstCloseDate(deal), account, e.WithNextStep);
    }

    /// <summary>WinOpportunity/LoseOpportunity with the opportunityclose activity, as the sales app sends them.</summary>
    private static OrganizationRequest Close(string message, Guid dealId, int status, decimal? revenue)
    {
        var close = new Entity(StandardNames.OpportunityCloseTable)
        {
            // opportunityclose's lookup to its deal has the opportunity's primary key name.
            [OpportunityColumns.Id] = new EntityReference(OpportunityColumns.EntityName, dealId),
        };
        if (revenue.HasValue)
        {
            close[StandardNames.ActualRevenue] = new Money(revenue.Value);
        }

        var request = new OrganizationRequest(message);
        request[StandardNames.OpportunityCloseParameter] = close;
        request[StandardNames.StatusParameter] = new OptionSetValue(status);
        return request;
    }

    private IOrganizationService ServiceOf(string repId)
    {
        if (!org.Reps.TryGetValue(repId, out var userId))
        {
            throw new InvalidOperationException("The generated deal's owner " + repId + " is not a user of the demo org.");
        }

        if (!services.TryGetValue(userId, out var service))
        {
            service = org.Organization.ServiceFor(userId);
            services[userId] = service;
        }

        return service;
    }

    private int CountSkippedAndClearTraces()
    {
        var skipped = 0;
        foreach (var trace in org.Organization.Traces)
        {
            if (trace.Text.Contains(SkippedTrace, StringComparison.Ordinal))
            {
                skipped++;
            }
        }

        org.Organization.ClearTraces();
        return skipped;
    }
}
