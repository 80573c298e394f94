using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Loads what the recompute needs, team by team: the reps, every deal the team owns with its completed activities
/// (read from the activity tables, not from the deal's touch log, which only caches them), and the reps' scorecards
/// for this and the last period, and the tip tasks regarding those deals and cards.
/// </summary>
public sealed class TeamLoader
{
    private readonly IOrganizationService _service;
    private readonly PagedReader _reader;
    private readonly TeamActivityReader _activities;
    private readonly TeamTipReader _tips;

    public TeamLoader(IOrganizationService service)
    {
        _service = service;
        _reader = new PagedReader(service);
        _activities = new TeamActivityReader(_reader);
        _tips = new TeamTipReader(_reader);
    }

    /// <summary>The teams that have reps, in a stable order (by id) so a continuation token always means the same team.</summary>
    public IReadOnlyList<KeyValuePair<Guid, List<Entity>>> RepsByTeam()
    {
        var query = new QueryExpression(SystemUserColumns.EntityName)
        {
            ColumnSet = new ColumnSet(SystemUserColumns.FullName, SystemUserColumns.BusinessUnitId, SystemUserColumns.ParentSystemUserId, SystemUserColumns.CreatedOn, SystemUserColumns.TerritorySize),
        };
        query.AddOrder(SystemUserColumns.Id, OrderType.Ascending);
        return _reader.ReadAll(query)
            .Where(u => u.GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId) != null)
            .GroupBy(u => u.GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId).Id)
            .OrderBy(g => g.Key)
            .Select(g => new KeyValuePair<Guid, List<Entity>>(g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>The team's rows as of <paramref name="asOf"/>, with the quotas of every month the <paramref name="outcomeDays"/> window overlaps.</summary>
    public TeamData Load(Guid teamId, IReadOnlyList<Entity> users, DateTime asOf, int outcomeDays)
    {
        var team = new TeamData { TeamId = teamId, TeamName = teamId.ToString() };
        var period = SalesPeriod.Containing(asOf);
        LoadCards(team, users, period);
        var quotas = LoadQuotas(users, asOf, outcomeDays);
        team.CurrentModel = LoadModel(teamId);
        var deals = new QueryExpression(OpportunityColumns.EntityName) { ColumnSet = new ColumnSet(OpportunityColumns.ScoringInputs) };
        deals.Criteria.AddCondition(OpportunityColumns.OwningBusinessUnit, ConditionOperator.Equal, teamId);
        deals.AddOrder(OpportunityColumns.Id, OrderType.Ascending);
        var rows = _reader.ReadAll(deals).ToList();
        var dealIds = rows.Select(r => r.Id).ToList();
        Fill(team, users, rows, _activities.CompletedByDeal(dealIds, asOf), quotas, keepRows: true);
        team.Tips = _tips.ByRegarding(dealIds.Concat(team.CurrentCards.Values.Concat(team.PreviousCards.Values).Select(c => c.Id)).ToList());
        return team;
    }

    /// <summary>
    /// Builds <paramref name="team"/>'s snapshot from its deal rows, their touches and its reps' cards and quotas. The
    /// one place that says what a team's snapshot is: the team's load and the org standing's read (<see cref="StandingReader"/>)
    /// both build through it, so the standing is decided on the org the teams are scored on. With
    /// <paramref name="keepRows"/> the rows, logs and touch-column changes are kept for the writes.
    /// </summary>
    internal static void Fill(TeamData team, IReadOnlyList<Entity> users, IEnumerable<Entity> rows, Dictionary<Guid, List<Json.TouchEntry>> touchesByDeal,
        Dictionary<Guid, List<PeriodQuota>> quotas, bool keepRows)
    {
        foreach (var row in rows)
        {
            var log = TouchLog.FromTouches(touchesByDeal.TryGetValue(row.Id, out var touches) ? touches : new List<Json.TouchEntry>());
            if (keepRows)
            {
                team.Opportunities[row.Id] = row;
                team.TouchLogs[row.Id] = log;
                var changes = new Entity(OpportunityColumns.EntityName, row.Id);
                TouchLogSync.Apply(row, log, changes);
                if (changes.Attributes.Count > 0)
                {
                    team.TouchChanges[row.Id] = changes;
                }
            }

            var opportunity = OpportunityMapper.ToCore(row);
            team.Snapshot.Opportunities.Add(opportunity);
            foreach (var touch in log.ToActivities(opportunity.Id, opportunity.OwnerId))
            {
                team.Snapshot.Activities.Add(touch);
            }
        }

        // A rep is a user who owns deals or already has a scorecard: managers without deals, SYSTEM and integration
        // users get no scorecard.
        var owners = new HashSet<string>(team.Snapshot.Opportunities.Select(o => o.OwnerId));
        foreach (var user in users.Where(u => owners.Contains(u.Id.ToString()) || team.CurrentCards.ContainsKey(u.Id)))
        {
            var rep = ToRep(user, team);
            rep.Quotas = quotas.TryGetValue(user.Id, out var repQuotas) ? repQuotas : new List<PeriodQuota>();
            team.Snapshot.Reps.Add(rep);
        }
    }

    private Entity? LoadModel(Guid teamId)
    {
        var query = new QueryExpression(ModelStateColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ModelStateColumns.Name, ModelStateColumns.BusinessUnitId, ModelStateColumns.StateJson, ModelStateColumns.Benchmarks, ModelStateColumns.Signals, ModelStateColumns.ProfileId),
        };
        query.Criteria.AddCondition(ModelStateColumns.TeamKey, ConditionOperator.Equal, teamId.ToString());
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    // Every column the recompute derives or compares on a scorecard (ScorecardMapper, RepCoaching, RowDiff): named, not
    // all columns (solution checker rule il-specify-column), and complete, or RowDiff would see a change on every run.
    private static readonly string[] CardColumns =
    {
        ScorecardColumns.Name, ScorecardColumns.Key, ScorecardColumns.RepId, ScorecardColumns.Period, ScorecardColumns.OwnerId,
        ScorecardColumns.AdoptionScore, ScorecardColumns.BehaviourScore, ScorecardColumns.WinRate, ScorecardColumns.QuotaAttainment,
        ScorecardColumns.PipelineCoverage, ScorecardColumns.NeededCoverage, ScorecardColumns.Tier, ScorecardColumns.AdoptionTrend,
        ScorecardColumns.TrendHistory, ScorecardColumns.RevenueGain, ScorecardColumns.LargestGap, ScorecardColumns.QueueRank, ScorecardColumns.Details,
        ScorecardColumns.WonCount, ScorecardColumns.LostCount, ScorecardColumns.WonAmount, ScorecardColumns.Quota, ScorecardColumns.TipState, ScorecardColumns.Recognitions,
    };

    private void LoadCards(TeamData team, IReadOnlyList<Entity> users, SalesPeriod period)
    {
        if (users.Count == 0)
        {
            return;
        }

        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(CardColumns) };
        query.Criteria.AddCondition(ScorecardColumns.Period, ConditionOperator.In, period.Key, period.Previous().Key);
        query.Criteria.AddCondition(ScorecardColumns.RepId, ConditionOperator.In, users.Select(u => (object)u.Id).ToArray());
        foreach (var card in _reader.ReadAll(query))
        {
            var rep = card.GetAttributeValue<EntityReference>(ScorecardColumns.RepId);
            if (rep == null)
            {
                continue;
            }

            var target = card.GetAttributeValue<string>(ScorecardColumns.Period) == period.Key ? team.CurrentCards : team.PreviousCards;
            target[rep.Id] = card;
        }
    }

    /// <summary>
    /// The managers' quotas (crmspm_quota) of the months the outcome window overlaps, by rep: the tier's window
    /// attainment divides what was won in the window by all of them, not by this month's alone.
    /// </summary>
    private Dictionary<Guid, List<PeriodQuota>> LoadQuotas(IReadOnlyList<Entity> users, DateTime asOf, int outcomeDays)
    {
        var result = new Dictionary<Guid, List<PeriodQuota>>();
        if (users.Count == 0)
        {
            return result;
        }

        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.RepId, ScorecardColumns.Period, ScorecardColumns.Quota) };
        query.Criteria.AddCondition(ScorecardColumns.Period, ConditionOperator.In, QuotaPeriods(asOf, outcomeDays));
        query.Criteria.AddCondition(ScorecardColumns.Quota, ConditionOperator.NotNull);
        query.AddOrder(ScorecardColumns.Period, OrderType.Ascending);
        query.Criteria.AddCondition(ScorecardColumns.RepId, ConditionOperator.In, users.Select(u => (object)u.Id).ToArray());
        foreach (var card in _reader.ReadAll(query))
        {
            AddQuota(result, card);
        }

        return result;
    }

    /// <summary>The period keys of the months the <paramref name="outcomeDays"/> window before <paramref name="asOf"/> overlaps, newest first.</summary>
    internal static object[] QuotaPeriods(DateTime asOf, int outcomeDays)
    {
        var periods = new List<object>();
        for (var p = SalesPeriod.Containing(asOf); p.End > asOf.AddDays(-outcomeDays); p = p.Previous())
        {
            periods.Add(p.Key);
        }

        return periods.ToArray();
    }

    /// <summary>Adds <paramref name="card"/>'s quota, when it has one, to its rep's list.</summary>
    internal static void AddQuota(Dictionary<Guid, List<PeriodQuota>> quotas, Entity card)
    {
        var rep = card.GetAttributeValue<EntityReference>(ScorecardColumns.RepId);
        if (rep != null && card.GetAttributeValue<Money>(ScorecardColumns.Quota) is Money quota)
        {
            if (!quotas.TryGetValue(rep.Id, out var list))
            {
                quotas[rep.Id] = list = new List<PeriodQuota>();
            }

            list.Add(new PeriodQuota { Period = card.GetAttributeValue<string>(ScorecardColumns.Period) ?? "", Amount = quota.Value });
        }
    }

    private static Rep ToRep(Entity user, TeamData team)
    {
        var rep = new Rep
        {
            Id = user.Id.ToString(),
            Name = user.GetAttributeValue<string>(SystemUserColumns.FullName) ?? user.Id.ToString(),
            ManagerId = user.GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId)?.Id.ToString(),
            TeamId = team.TeamId.ToString(),
            StartDate = user.GetAttributeValue<DateTime?>(SystemUserColumns.CreatedOn) ?? DateTime.MinValue,
            // Blank is unknown (0): the tier's territory factor is then 1 (docs/scoring.md §3).
            TerritorySize = (double)(user.GetAttributeValue<decimal?>(SystemUserColumns.TerritorySize) ?? 0m),
        };
        if (team.PreviousCards.TryGetValue(user.Id, out var previous) && previous.GetAttributeValue<decimal?>(ScorecardColumns.AdoptionScore) is decimal adoption)
        {
            team.Snapshot.PreviousAdoptionScores[rep.Id] = (double)adoption;
        }

        return rep;
    }
}
