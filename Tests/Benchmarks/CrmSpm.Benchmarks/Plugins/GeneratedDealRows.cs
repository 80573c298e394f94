extern alias plugins;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using PluginModel = plugins::CrmSpm.Plugins.Model;
using TipIdentity = plugins::CrmSpm.Plugins.Coaching.TipIdentity;
using TouchLog = plugins::CrmSpm.Plugins.Deals.TouchLog;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// Turns Core's generated sales org into Dataverse rows as the plugins keep them: each deal carries its completed
/// activities in its touch log (the cache an event step reads), and each activity is a row of its own table (the
/// truth the nightly recompute reads).
/// </summary>
public static class GeneratedDealRows
{
    private static readonly Guid IdNamespace = new("7d1c6f0e-3a52-4c1b-9a8e-2f4b5c6d7e80");

    /// <summary>A stable Guid for a generator id (generator ids are text).</summary>
    public static Guid IdOf(string id) => Guid.TryParse(id, out var guid) ? guid : TipIdentity.NameBased(IdNamespace, id);

    public static Entity ToRow(Opportunity deal, IReadOnlyList<Activity> touches, Guid team)
    {
        var row = new Entity(PluginModel.OpportunityColumns.EntityName, IdOf(deal.Id))
        {
            [PluginModel.OpportunityColumns.Name] = deal.Name,
            [PluginModel.OpportunityColumns.StepName] = deal.Stage,
            [PluginModel.OpportunityColumns.EstimatedValue] = new Money(deal.Amount),
            [PluginModel.OpportunityColumns.EstimatedValueBase] = new Money(deal.Amount),
            [PluginModel.OpportunityColumns.EstimatedCloseDate] = deal.EstimatedCloseDate,
            [PluginModel.OpportunityColumns.ActualCloseDate] = deal.ActualCloseDate,
            [PluginModel.OpportunityColumns.OwnerId] = new EntityReference(PluginModel.SystemUserColumns.EntityName, IdOf(deal.OwnerId)),
            [PluginModel.OpportunityColumns.OwningBusinessUnit] = new EntityReference(PluginModel.BusinessUnitColumns.EntityName, team),
            [PluginModel.OpportunityColumns.StateCode] = new OptionSetValue((int)deal.Status),
            [PluginModel.OpportunityColumns.CreatedOn] = deal.CreatedOn,
            [PluginModel.OpportunityColumns.ModifiedOn] = deal.ModifiedOn,
            [PluginModel.OpportunityColumns.NextStep] = deal.NextStep,
            [PluginModel.OpportunityColumns.ContactsEngaged] = deal.ContactsEngaged,
            [PluginModel.OpportunityColumns.ClosedatePushCount] = deal.CloseDateChanges.Count(c => c.IsPush),
        };
        if (touches.Count > 0)
        {
            var log = TouchLog.Read(null);
            foreach (var touch in touches)
            {
                log.Add(IdOf(touch.Id), touch.TouchedOn, (plugins::CrmSpm.Core.Model.ActivityKind)(int)touch.Kind, null);
            }

            row[PluginModel.OpportunityColumns.TouchLog] = log.ToJson();
            row[PluginModel.OpportunityColumns.LastTouchOn] = touches.Max(t => t.TouchedOn);
            row[PluginModel.OpportunityColumns.ActivityCount] = touches.Count;
        }

        return row;
    }

    /// <summary>A completed activity as its row in <c>phonecall</c>, <c>email</c>, <c>appointment</c> or <c>task</c>.</summary>
    public static Entity ToActivityRow(Activity touch, string dealId, string ownerId) => new(TableOf(touch.Kind), IdOf(touch.Id))
    {
        [PluginModel.ActivityColumns.RegardingObjectId] = new EntityReference(PluginModel.OpportunityColumns.EntityName, IdOf(dealId)),
        [PluginModel.ActivityColumns.OwnerId] = new EntityReference(PluginModel.SystemUserColumns.EntityName, IdOf(ownerId)),
        [PluginModel.ActivityColumns.StateCode] = new OptionSetValue(PluginModel.ActivityState.Completed),
        [PluginModel.ActivityColumns.ActualEnd] = touch.TouchedOn,
        [PluginModel.ActivityColumns.CreatedOn] = touch.CreatedOn,
    };

    private static string TableOf(ActivityKind kind) => PluginModel.ActivityTables.TableOf((plugins::CrmSpm.Core.Model.ActivityKind)(int)kind);

    /// <summary>Completed activities per deal id.</summary>
    public static Dictionary<string, List<Activity>> TouchesByDeal(OrgSnapshot org) =>
        org.Activities.Where(a => a.IsCompleted && a.RegardingOpportunityId != null)
            .GroupBy(a => a.RegardingOpportunityId!)
            .ToDictionary(g => g.Key, g => g.ToList());
}
