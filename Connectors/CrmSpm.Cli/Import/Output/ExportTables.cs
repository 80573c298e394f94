using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using CrmSpm.Cli.Rendering;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.SnapshotRows;

namespace CrmSpm.Cli.Import.Output;

/// <summary>
/// What <c>import --out</c> writes, the same columns and values whether the org or Core alone scored the data. The
/// files join on the export's own ids: <c>repId</c> (the users file's id, or the owner column) and
/// <c>opportunityId</c>, named alike in every file, each beside its name.
/// </summary>
public sealed record ExportTables(
    IReadOnlyList<ExportScorecard> Scorecards,
    IReadOnlyList<ExportTip> Tips,
    IReadOnlyList<ExportDealScore> DealScores,
    IReadOnlyList<ExportIssue> DataIssues)
{
    /// <summary>From the rows the plugins wrote in the embedded org, their row ids mapped back to <paramref name="snapshot"/>'s ids.</summary>
    public static ExportTables From(OrgReadBack org, OrgSnapshot snapshot, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(org);
        var ids = new Ids(snapshot);
        return new ExportTables(
            org.Scorecards.Select(s => new ExportScorecard(ids.Rep(s.RepId), s.Rep, ids.TeamOf(ids.Rep(s.RepId)), org.Period, s.Tier,
                s.Adoption, s.Behaviour, s.WinRate, s.QuotaAttainment, s.Won, s.Lost)).ToList(),
            org.OpenTips.Select(t =>
            {
                var rep = ids.RepOf(t);
                return new ExportTip(t.Key, rep, ids.RepName(rep), ids.Deal(t.RegardingId), ids.DealName(ids.Deal(t.RegardingId)),
                    t.RuleId, t.SeverityWord, t.Title, t.Description);
            }).ToList(),
            org.OpenDeals.Select(d => new ExportDealScore(ids.Deal(d.Id), d.Name, ids.Rep(d.OwnerId), d.Owner, d.Score,
                string.Join("; ", d.Helps), string.Join("; ", d.Hurts))).ToList(),
            Issues(summary, Array.Empty<ExportIssue>()));
    }

    /// <summary>From Core's scoring of the imported snapshot.</summary>
    public static ExportTables From(ScoringResult result, OrgSnapshot snapshot, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ids = new Ids(snapshot);
        return new ExportTables(
            result.Scorecards.Select(c => new ExportScorecard(c.RepId, c.RepName, ids.TeamOf(c.RepId), result.Period,
                TierLetter.Of(c.Tier.Tier) ?? Format.Missing, Round(c.Adoption.Value), Round(c.Behaviour.Value),
                Round(c.Outcomes.WinRate * 100), Round(c.Outcomes.Attainment * 100), c.Outcomes.WonCount, c.Outcomes.LostCount)).ToList(),
            result.Tips.Select(t =>
            {
                var deal = t.RecordType == RecordTypes.Opportunity ? t.RecordId : "";
                return new ExportTip(t.Key, t.RepId, ids.RepName(t.RepId), deal, ids.DealName(deal), t.RuleId, t.Severity.ToString(), t.Title, t.Message);
            }).ToList(),
            result.DealScores.Select(d => new ExportDealScore(d.OpportunityId, ids.DealName(d.OpportunityId), ids.OwnerOf(d.OpportunityId),
                ids.RepName(ids.OwnerOf(d.OpportunityId)), d.Score,
                string.Join("; ", d.PositiveReasons.Select(r => r.Text)), string.Join("; ", d.NegativeReasons.Select(r => r.Text)))).ToList(),
            Issues(summary, result.DataIssues.Select(i => new ExportIssue("scoring", "", null, "", i.Code,
                i.RecordType == RecordTypes.Rep ? i.RecordId ?? "" : "", i.RecordType == RecordTypes.Opportunity ? i.RecordId ?? "" : "",
                i.RecordType + " " + (i.RecordId ?? ""), i.Message, false))));
    }

    private static List<ExportIssue> Issues(ImportSummary summary, IEnumerable<ExportIssue> scoring) =>
        summary.Issues.Select(i => new ExportIssue("import", i.File, i.Line, i.Column ?? "", i.KindText, "", "", "", i.Message, i.Skipped)).Concat(scoring).ToList();

    private static decimal? Round(double? value) => value.HasValue ? Math.Round((decimal)value.Value, 1) : null;

    /// <summary>The snapshot's ids, names and owners, and its records' row ids in the org (<see cref="RowIds"/>) mapped back.</summary>
    private sealed class Ids
    {
        private readonly Dictionary<string, Rep> reps;
        private readonly Dictionary<string, Opportunity> deals;
        private readonly Dictionary<Guid, string> rows = new();

        public Ids(OrgSnapshot snapshot)
        {
            ArgumentNullException.ThrowIfNull(snapshot);
            reps = snapshot.Reps.Where(r => r?.Id != null).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            deals = snapshot.Opportunities.Where(o => o?.Id != null).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var id in reps.Keys.Concat(deals.Keys).Concat(deals.Values.Select(d => d.OwnerId).Where(o => o != null)))
            {
                rows.TryAdd(RowIds.For(id), id);
            }
        }

        /// <summary>The snapshot's id of a user or opportunity row; the row id itself for a row the import did not create.</summary>
        public string Rep(Guid row) => rows.TryGetValue(row, out var id) ? id : row.ToString("D");

        public string Deal(Guid? row) => row.HasValue ? Rep(row.Value) : "";

        /// <summary>
        /// The rep a tip coaches, as Core's path names it: the deal's owner, or the rep in a rep tip's key; not the
        /// task's owner, who is the manager when the tip is routed to the one-to-one.
        /// </summary>
        public string RepOf(TipRow tip)
        {
            if (tip.RegardingId.HasValue)
            {
                return OwnerOf(Deal(tip.RegardingId)) is { Length: > 0 } owner ? owner : Rep(tip.OwnerId);
            }

            return !TipKeys.IsDeal(tip.Key) && Guid.TryParse(TipKeys.RecordIdOf(tip.Key), out var rep) ? Rep(rep) : Rep(tip.OwnerId);
        }

        public string RepName(string repId) => reps.TryGetValue(repId, out var rep) && !string.IsNullOrWhiteSpace(rep.Name) ? rep.Name : repId;

        public string TeamOf(string repId) => reps.TryGetValue(repId, out var rep) ? rep.TeamId ?? "" : "";

        public string DealName(string dealId) => deals.TryGetValue(dealId, out var deal) ? deal.Name ?? "" : "";

        public string OwnerOf(string dealId) => deals.TryGetValue(dealId, out var deal) ? deal.OwnerId ?? "" : "";
    }
}

/// <summary>A rep's scorecard for <paramref name="Period"/> (yyyy-MM).</summary>
public sealed record ExportScorecard(string RepId, string RepName, string TeamId, string Period, string Tier, decimal? Adoption, decimal? Behaviour,
    decimal? WinRatePercent, decimal? QuotaAttainmentPercent, int Won, int Lost);

/// <summary>An open tip (<paramref name="TipId"/>: the tip's key, as <c>crmspm_tipkey</c> stores it); the opportunity is empty for a tip about the rep.</summary>
public sealed record ExportTip(string TipId, string RepId, string RepName, string OpportunityId, string OpportunityName, string Rule, string Severity, string Title, string Description);

public sealed record ExportDealScore(string OpportunityId, string OpportunityName, string RepId, string RepName, int? Score, string Helps, string Hurts);

/// <summary>An import issue (file, 1-based line, the column at fault if one) or a data issue Core reported while scoring (code, the rep or opportunity it is about).</summary>
public sealed record ExportIssue(string Source, string File, int? Line, string Column, string Kind, string RepId, string OpportunityId, string Record, string Message, bool Skipped);
