extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;
using PluginCore = plugins::CrmSpm.Core.Model;
using PluginDeals = plugins::CrmSpm.Plugins.Deals;

namespace CrmSpm.SnapshotRows;

/// <summary>
/// A deal as an <c>opportunity</c> row, in the two moments an org sees it: as its rep creates it (the demo replays the
/// rest of its history as updates) and as it stands at the end of its history, with the columns the plugins keep
/// (the benchmarks seed an org with it instead of replaying).
/// </summary>
public static class DealRows
{
    /// <summary>
    /// The create a rep sends: the deal at <paramref name="stage"/> with <paramref name="closeDate"/>, on
    /// <paramref name="account"/> when set, and its next step when <paramref name="withNextStep"/>.
    /// </summary>
    public static Entity AsCreated(Opportunity deal, string? stage, DateTime? closeDate, Guid? account, bool withNextStep)
    {
        var row = Common(deal);
        row[OpportunityColumns.StepName] = stage;
        row[OpportunityColumns.EstimatedCloseDate] = closeDate;
        if (account.HasValue)
        {
            row[OpportunityColumns.ParentAccountId] = new EntityReference(AccountColumns.EntityName, account.Value);
        }

        if (withNextStep)
        {
            row[OpportunityColumns.NextStep] = deal.NextStep;
        }

        return row;
    }

    /// <summary>
    /// The deal as it stands, owned by its rep's user in <paramref name="team"/>: each completed activity of
    /// <paramref name="touches"/> in its touch log (the cache an event step reads), with the last touch and the count.
    /// </summary>
    public static Entity AsStanding(Opportunity deal, IReadOnlyList<Activity> touches, Guid team)
    {
        ArgumentNullException.ThrowIfNull(touches);
        var row = Common(deal);
        row[OpportunityColumns.StepName] = deal.Stage;
        row[OpportunityColumns.EstimatedValueBase] = new Money(deal.PipelineAmount);
        row[OpportunityColumns.EstimatedCloseDate] = deal.EstimatedCloseDate;
        row[OpportunityColumns.ActualCloseDate] = deal.ActualCloseDate;
        row[OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, RowIds.For(deal.OwnerId));
        row[OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, team);
        row[OpportunityColumns.StateCode] = new OptionSetValue(PluginDeals.OpportunityMapper.StateOf((PluginCore.OpportunityStatus)(int)deal.Status));
        row[OpportunityColumns.CreatedOn] = deal.CreatedOn;
        row[OpportunityColumns.ModifiedOn] = deal.ModifiedOn;
        row[OpportunityColumns.NextStep] = deal.NextStep;
        row[OpportunityColumns.ClosedatePushCount] = deal.CloseDateChanges.Count(c => c.IsPush);
        if (touches.Count > 0)
        {
            var log = PluginDeals.TouchLog.Read(null);
            foreach (var touch in touches)
            {
                log.Add(RowIds.For(touch.Id), touch.TouchedOn, ActivityRows.PluginKind(touch.Kind), null);
            }

            row[OpportunityColumns.TouchLog] = log.ToJson();
            row[OpportunityColumns.LastTouchOn] = touches.Max(t => t.TouchedOn);
            row[OpportunityColumns.ActivityCount] = touches.Count;
        }

        return row;
    }

    /// <summary>The completed activities of <paramref name="snapshot"/> by the id of the deal they regard.</summary>
    public static Dictionary<string, List<Activity>> TouchesByDeal(OrgSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Activities.Where(a => a.IsCompleted && a.RegardingOpportunityId != null)
            .GroupBy(a => a.RegardingOpportunityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>What a deal's row always says of it: its name, pipeline amount and engaged contacts.</summary>
    private static Entity Common(Opportunity deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new Entity(OpportunityColumns.EntityName, RowIds.For(deal.Id))
        {
            [OpportunityColumns.Name] = deal.Name,
            [OpportunityColumns.EstimatedValue] = new Money(deal.PipelineAmount),
            [OpportunityColumns.ContactsEngaged] = deal.ContactsEngaged,
        };
    }
}
