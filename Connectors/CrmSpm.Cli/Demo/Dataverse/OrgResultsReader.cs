extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Serialization;
using CrmSpm.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmSpm.SnapshotRows;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Reads what CrmSpm wrote back from the org's rows (as SYSTEM, like a report): the period's scorecards, each team's
/// benchmarks, the open tips, the open deals' scores and reasons, and the recognition posts. Orders everything by
/// values, never by insertion, so the same org always prints the same way.
/// </summary>
public sealed class OrgResultsReader
{
    private readonly DemoOrg org;

    public OrgResultsReader(DemoOrg org)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
    }

    public OrgReadBack Read()
    {
        var service = org.Organization.SystemService;
        var before = org.Organization.Counters.Total;
        var period = SalesPeriod.Containing(org.UtcNow).Key;
        var teams = Read(service, BusinessUnitColumns.EntityName, StandardNames.Name).ToDictionary(r => r.Id, r => r.GetAttributeValue<string>(StandardNames.Name) ?? r.Id.ToString());
        var users = Read(service, SystemUserColumns.EntityName, SystemUserColumns.FullName, SystemUserColumns.BusinessUnitId);
        var names = users.ToDictionary(u => u.Id, u => u.GetAttributeValue<string>(SystemUserColumns.FullName) ?? u.Id.ToString());
        var teamOf = users.ToDictionary(u => u.Id, u => u.GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId)?.Id);

        var scorecards = ReadScorecards(service, period, names, teams, teamOf);
        var practices = ReadPractices(service, teams);
        var tips = ReadOpenTips(service, names);
        var deals = ReadOpenDeals(service, names);
        var posts = ReadPosts(service);
        return new OrgReadBack(period, scorecards, practices, tips, deals, posts, (org.Organization.Counters.Total - before).RowsRead);
    }

    private static List<ScorecardRow> ReadScorecards(IOrganizationService service, string period, Dictionary<Guid, string> names,
        Dictionary<Guid, string> teams, Dictionary<Guid, Guid?> teamOf)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(ScorecardColumns.Period, ConditionOperator.Equal, period);
        return PagedQuery.ReadAll(service, query)
            .Where(r => r.Contains(ScorecardColumns.Tier)) // quota-only rows: reps the recompute did not score (no deals)
            .Select(r =>
            {
                var rep = r.GetAttributeValue<EntityReference>(ScorecardColumns.RepId)?.Id ?? Guid.Empty;
                var team = teamOf.TryGetValue(rep, out var unit) && unit.HasValue && teams.TryGetValue(unit.Value, out var teamName) ? teamName : "";
                var details = Details(r.GetAttributeValue<string>(ScorecardColumns.Details));
                return new ScorecardRow(
                    rep,
                    names.TryGetValue(rep, out var name) ? name : rep.ToString(),
                    team,
                    TierLetterOf(r.GetAttributeValue<OptionSetValue>(ScorecardColumns.Tier)?.Value),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.AdoptionScore),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.BehaviourScore),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.WinRate),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.QuotaAttainment),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.PipelineCoverage),
                    r.GetAttributeValue<decimal?>(ScorecardColumns.NeededCoverage),
                    r.GetAttributeValue<int?>(ScorecardColumns.WonCount) ?? 0,
                    r.GetAttributeValue<int?>(ScorecardColumns.LostCount) ?? 0,
                    r.GetAttributeValue<Money>(ScorecardColumns.RevenueGain)?.Value,
                    r.GetAttributeValue<string>(ScorecardColumns.LargestGap),
                    r.GetAttributeValue<int?>(ScorecardColumns.QueueRank),
                    details?.Tier ?? "",
                    details?.Queue?.Gain);
            })
            .OrderBy(c => c.Tier, StringComparer.Ordinal)
            .ThenByDescending(c => c.WinRate ?? -1)
            .ThenBy(c => c.Rep, StringComparer.Ordinal)
            .ToList();
    }

    private static List<TeamPractices> ReadPractices(IOrganizationService service, Dictionary<Guid, string> teams)
    {
        var rows = Read(service, ModelStateColumns.EntityName, ModelStateColumns.BusinessUnitId, ModelStateColumns.Benchmarks);
        var result = new List<TeamPractices>();
        foreach (var row in rows)
        {
            var json = row.GetAttributeValue<string>(ModelStateColumns.Benchmarks);
            if (string.IsNullOrEmpty(json))
            {
                continue; // a model written by a Win/Lose step before the first recompute has no benchmarks yet
            }

            var unit = row.GetAttributeValue<EntityReference>(ModelStateColumns.BusinessUnitId)?.Id ?? Guid.Empty;
            var practices = Benchmarks(json).Behaviours
                .Where(b => b.IsPractice)
                .OrderByDescending(b => Math.Abs(b.EffectSize))
                .ThenBy(b => b.BehaviourKey, StringComparer.Ordinal)
                .ToList();
            result.Add(new TeamPractices(teams.TryGetValue(unit, out var name) ? name : unit.ToString(), practices));
        }

        return result.OrderBy(t => t.Team, StringComparer.Ordinal).ToList();
    }

    private static List<TipRow> ReadOpenTips(IOrganizationService service, Dictionary<Guid, string> names)
    {
        var query = new QueryExpression(CoachingTipColumns.EntityName)
        {
            ColumnSet = new ColumnSet(CoachingTipColumns.TipKey, CoachingTipColumns.RuleId, CoachingTipColumns.Severity, ActivityColumns.OwnerId,
                ActivityColumns.RegardingObjectId, ActivityColumns.Subject, ActivityColumns.Description),
        };
        query.Criteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, ActivityState.Open);
        return PagedQuery.ReadAll(service, query)
            .Select(r =>
            {
                var owner = r.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId)?.Id ?? Guid.Empty;
                return new TipRow(
                    r.GetAttributeValue<string>(CoachingTipColumns.TipKey) ?? "",
                    r.GetAttributeValue<string>(CoachingTipColumns.RuleId) ?? "",
                    r.GetAttributeValue<OptionSetValue>(CoachingTipColumns.Severity)?.Value ?? TipSeverityChoice.Low,
                    owner,
                    names.TryGetValue(owner, out var name) ? name : owner.ToString(),
                    r.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId) is { LogicalName: OpportunityColumns.EntityName } deal ? deal.Id : null,
                    r.GetAttributeValue<string>(ActivityColumns.Subject) ?? "",
                    r.GetAttributeValue<string>(ActivityColumns.Description) ?? "");
            })
            .OrderByDescending(t => t.Severity)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static List<DealRow> ReadOpenDeals(IOrganizationService service, Dictionary<Guid, string> names)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OpportunityColumns.Name, OpportunityColumns.OwnerId, OpportunityColumns.DealScore, OpportunityColumns.DealScoreReasons),
        };
        query.Criteria.AddCondition(OpportunityColumns.StateCode, ConditionOperator.Equal, OpportunityState.Open);
        return PagedQuery.ReadAll(service, query)
            .Select(r =>
            {
                var owner = r.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id ?? Guid.Empty;
                var reasons = Reasons(r.GetAttributeValue<string>(OpportunityColumns.DealScoreReasons));
                return new DealRow(
                    r.Id,
                    r.GetAttributeValue<string>(OpportunityColumns.Name) ?? "",
                    owner,
                    names.TryGetValue(owner, out var name) ? name : owner.ToString(),
                    r.GetAttributeValue<int?>(OpportunityColumns.DealScore),
                    reasons.Where(x => x.Impact > 0).Select(x => x.Text).ToList(),
                    reasons.Where(x => x.Impact < 0).Select(x => x.Text).ToList());
            })
            .OrderByDescending(d => d.Score ?? -1)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static List<PostRow> ReadPosts(IOrganizationService service) =>
        Read(service, PostColumns.EntityName, PostColumns.Text, OpportunityColumns.CreatedOn)
            .Select(r => new PostRow(r.GetAttributeValue<DateTime>(OpportunityColumns.CreatedOn), r.GetAttributeValue<string>(PostColumns.Text) ?? ""))
            .OrderByDescending(p => p.CreatedOn)
            .ThenBy(p => p.Text, StringComparer.Ordinal)
            .ToList();

    /// <summary>A team's benchmarks JSON; unreadable shows as no practices (the next recompute rewrites it).</summary>
    private static TeamBenchmarks Benchmarks(string json)
    {
        try
        {
            return TeamBenchmarks.FromJson(json);
        }
        catch (FormatException)
        {
            return TeamBenchmarks.Empty;
        }
    }

    /// <summary>The reasons JSON the deal step writes; an unreadable value shows as no reasons rather than failing the report.</summary>
    private static List<DealReason> Reasons(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new List<DealReason>();
        }

        try
        {
            return ContractJson.Deserialize<List<DealReason>>(json) ?? new List<DealReason>();
        }
        catch (FormatException)
        {
            return new List<DealReason>();
        }
    }

    /// <summary>The choice's letter through the plugins' one choice mapping and Core's one letter mapping.</summary>
    private static string TierLetterOf(int? choice) =>
        TierLetter.Of((Tier)(int)plugins::CrmSpm.Plugins.Deals.TierMapper.FromChoice(choice)) ?? Rendering.Format.Missing;

    /// <summary>The scorecard's details JSON; unreadable reads as none (the next recompute rewrites it).</summary>
    private static plugins::CrmSpm.Plugins.Json.ScorecardDetails? Details(string? json) =>
        plugins::CrmSpm.Plugins.Json.JsonColumn.Read<plugins::CrmSpm.Plugins.Json.ScorecardDetails>(json);

    private static List<Entity> Read(IOrganizationService service, string table, params string[] columns) =>
        PagedQuery.ReadAll(service, new QueryExpression(table) { ColumnSet = new ColumnSet(columns) });
}
