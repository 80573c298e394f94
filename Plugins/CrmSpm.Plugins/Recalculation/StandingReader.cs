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
/// Reads the whole org once, as the org standing (tiers, benchmarks, queue) needs it, at the start of a recompute run.
/// The snapshot is the one the teams' loads would give together (<see cref="TeamLoader.Fill"/> builds both), read with
/// fewer and narrower queries: deals org-wide with only the columns scoring maps, never the JSON columns the run
/// writes (touch log, tip state, reasons, features); the reps' cards of the window's periods in one query (adoption
/// and quota only); the activity rows by chunks of deal ids, as a team's load reads them. Activities are rows, not
/// an aggregate, because behaviours and deal facts need each touch's date.
/// </summary>
public sealed class StandingReader
{
    private readonly PagedReader _reader;
    private readonly TeamActivityReader _activities;

    public StandingReader(IOrganizationService service)
    {
        _reader = new PagedReader(service);
        _activities = new TeamActivityReader(_reader);
    }

    /// <summary>Every team's reps, deals and activities as of <paramref name="asOf"/>, in one snapshot (teams hold disjoint rows).</summary>
    public OrgSnapshot Read(IReadOnlyList<KeyValuePair<Guid, List<Entity>>> teams, DateTime asOf, int outcomeDays)
    {
        var period = SalesPeriod.Containing(asOf);
        var cards = ReadCards(period, asOf, outcomeDays);
        var quotas = new Dictionary<Guid, List<PeriodQuota>>();
        var quotaPeriods = new HashSet<object>(TeamLoader.QuotaPeriods(asOf, outcomeDays));
        foreach (var card in cards.Where(c => quotaPeriods.Contains(c.GetAttributeValue<string>(ScorecardColumns.Period) ?? "")))
        {
            TeamLoader.AddQuota(quotas, card);
        }

        var current = ByRep(cards, period.Key);
        var previous = ByRep(cards, period.Previous().Key);
        var dealsByTeam = ReadDeals(new HashSet<Guid>(teams.Select(t => t.Key)));
        var touches = _activities.CompletedByDeal(dealsByTeam.Values.SelectMany(d => d).Select(d => d.Id).ToList(), asOf);
        var org = new OrgSnapshot();
        foreach (var entry in teams)
        {
            var team = new TeamData { TeamId = entry.Key, TeamName = entry.Key.ToString() };
            foreach (var user in entry.Value)
            {
                if (current.TryGetValue(user.Id, out var card))
                {
                    team.CurrentCards[user.Id] = card;
                }

                if (previous.TryGetValue(user.Id, out card))
                {
                    team.PreviousCards[user.Id] = card;
                }
            }

            TeamLoader.Fill(team, entry.Value, dealsByTeam.TryGetValue(entry.Key, out var deals) ? deals : new List<Entity>(), touches, quotas, keepRows: false);
            Add(org, team.Snapshot);
        }

        return org;
    }

    /// <summary>The cards of this period, the previous one and the outcome window's months: adoption and quota only, ordered as a team's quota query.</summary>
    private List<Entity> ReadCards(SalesPeriod period, DateTime asOf, int outcomeDays)
    {
        var periods = new HashSet<object>(TeamLoader.QuotaPeriods(asOf, outcomeDays)) { period.Key, period.Previous().Key };
        var query = new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.RepId, ScorecardColumns.Period, ScorecardColumns.AdoptionScore, ScorecardColumns.Quota),
        };
        query.Criteria.AddCondition(ScorecardColumns.Period, ConditionOperator.In, periods.ToArray());
        query.AddOrder(ScorecardColumns.Period, OrderType.Ascending);
        query.AddOrder(ScorecardColumns.Id, OrderType.Ascending);
        return _reader.ReadAll(query).ToList();
    }

    /// <summary>Every deal of the given teams, by team, in id order (as a team's load reads them).</summary>
    private Dictionary<Guid, List<Entity>> ReadDeals(HashSet<Guid> teams)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OpportunityMapper.Columns.Concat(new[] { OpportunityColumns.OwningBusinessUnit }).ToArray()),
        };
        query.AddOrder(OpportunityColumns.Id, OrderType.Ascending);
        var byTeam = new Dictionary<Guid, List<Entity>>();
        foreach (var row in _reader.ReadAll(query))
        {
            var team = row.GetAttributeValue<EntityReference>(OpportunityColumns.OwningBusinessUnit);
            if (team == null || !teams.Contains(team.Id))
            {
                continue;
            }

            if (!byTeam.TryGetValue(team.Id, out var rows))
            {
                byTeam[team.Id] = rows = new List<Entity>();
            }

            rows.Add(row);
        }

        return byTeam;
    }

    private static Dictionary<Guid, Entity> ByRep(List<Entity> cards, string period)
    {
        var byRep = new Dictionary<Guid, Entity>();
        foreach (var card in cards.Where(c => c.GetAttributeValue<string>(ScorecardColumns.Period) == period))
        {
            if (card.GetAttributeValue<EntityReference>(ScorecardColumns.RepId) is EntityReference rep)
            {
                byRep[rep.Id] = card;
            }
        }

        return byRep;
    }

    private static void Add(OrgSnapshot org, OrgSnapshot team)
    {
        foreach (var rep in team.Reps)
        {
            org.Reps.Add(rep);
        }

        foreach (var deal in team.Opportunities)
        {
            org.Opportunities.Add(deal);
        }

        foreach (var activity in team.Activities)
        {
            org.Activities.Add(activity);
        }

        foreach (var previous in team.PreviousAdoptionScores)
        {
            org.PreviousAdoptionScores[previous.Key] = previous.Value;
        }
    }
}
