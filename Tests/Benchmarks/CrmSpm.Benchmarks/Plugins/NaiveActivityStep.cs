extern alias plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using P = plugins::CrmSpm;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// The comparison point for the per-event compute target (docs/performance.md): an activity step that re-queries the rep's whole history per event (every deal
/// and every activity of the rep, plus the profile), rescores the rep from scratch with Core's engine, and writes the
/// touched deal and its account. What CrmSpm's step avoids with the touch log and one joined query.
/// </summary>
public sealed class NaiveActivityStep
{
    private readonly IOrganizationService _service;
    private readonly P.Core.Time.IClock _clock;

    public NaiveActivityStep(IOrganizationService service, P.Core.Time.IClock clock)
    {
        _service = service;
        _clock = clock;
    }

    public int OnCallLogged(Guid repId, Guid dealId, Guid accountId)
    {
        var deals = new QueryExpression(P.Plugins.Model.OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(true) };
        deals.Criteria.AddCondition(P.Plugins.Model.OpportunityColumns.OwnerId, ConditionOperator.Equal, repId);
        var activities = new QueryExpression(P.Plugins.Model.ActivityColumns.PhoneCall) { ColumnSet = new ColumnSet(true) };
        activities.Criteria.AddCondition(P.Plugins.Model.ActivityColumns.OwnerId, ConditionOperator.Equal, repId);
        var profiles = new QueryExpression(P.Plugins.Model.ScoringProfileColumns.EntityName) { ColumnSet = new ColumnSet(true) };

        var snapshot = new P.Core.Model.OrgSnapshot();
        snapshot.Reps.Add(new P.Core.Model.Rep { Id = repId.ToString(), Name = "Rep" });
        foreach (var row in _service.RetrieveMultiple(deals).Entities)
        {
            snapshot.Opportunities.Add(P.Plugins.Deals.OpportunityMapper.ToCore(row));
        }

        foreach (var row in _service.RetrieveMultiple(activities).Entities)
        {
            snapshot.Activities.Add(new P.Core.Model.Activity
            {
                Id = row.Id.ToString(),
                Kind = P.Core.Model.ActivityKind.Call,
                OwnerId = repId.ToString(),
                RegardingOpportunityId = row.GetAttributeValue<EntityReference>(P.Plugins.Model.ActivityColumns.RegardingObjectId)?.Id.ToString(),
                CreatedOn = row.GetAttributeValue<DateTime>(P.Plugins.Model.ActivityColumns.ActualEnd),
                CompletedOn = row.GetAttributeValue<DateTime>(P.Plugins.Model.ActivityColumns.ActualEnd),
                Status = P.Core.Model.ActivityStatus.Completed,
            });
        }

        var profileJson = _service.RetrieveMultiple(profiles).Entities.FirstOrDefault()?.GetAttributeValue<string>(P.Plugins.Model.ScoringProfileColumns.ProfileJson);
        var profile = (profileJson == null ? null : P.Plugins.Profiles.ParsedProfileCache.Load(profileJson).Profile) ?? P.Core.Profile.ScoringProfile.Default;
        var result = new P.Core.Scoring.ScoringEngine(profile, _clock).Score(snapshot);
        var score = result.DealScores.FirstOrDefault(s => s.OpportunityId == dealId.ToString())?.Score ?? 0;
        _service.Update(new Entity(P.Plugins.Model.OpportunityColumns.EntityName, dealId) { [P.Plugins.Model.OpportunityColumns.DealScore] = score });
        _service.Update(new Entity(P.Plugins.Model.AccountColumns.EntityName, accountId) { [P.Plugins.Model.AccountColumns.LastTouchOn] = _clock.UtcNow });
        return score;
    }
}
