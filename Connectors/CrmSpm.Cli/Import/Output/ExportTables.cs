using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Cli.Demo.Dataverse.Rows;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Cli.Import.Output;

/// <summary>What <c>import --out</c> writes, the same columns whether the org or Core alone scored the data.</summary>
public sealed record ExportTables(
    IReadOnlyList<ExportScorecard> Scorecards,
    IReadOnlyList<ExportTip> Tips,
    IReadOnlyList<ExportDealScore> DealScores,
    IReadOnlyList<ExportIssue> DataIssues)
{
    /// <summary>From the rows the plugins wrote in the embedded org.</summary>
    public static ExportTables From(OrgReadBack org, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(org);
        return new ExportTables(
            org.Scorecards.Select(s => new ExportScorecard(s.Rep, s.Team, s.Tier, s.Adoption, s.Behaviour, s.WinRate, s.QuotaAttainment, s.Won, s.Lost)).ToList(),
            org.OpenTips.Select(t => new ExportTip(t.Owner, t.RuleId, t.Severity.ToString(CultureInfo.InvariantCulture), t.Title, t.Description)).ToList(),
            org.OpenDeals.Select(d => new ExportDealScore(d.Name, d.Owner, d.Score, string.Join("; ", d.Helps), string.Join("; ", d.Hurts))).ToList(),
            Issues(summary, Array.Empty<ExportIssue>()));
    }

    /// <summary>From Core's scoring of the imported snapshot.</summary>
    public static ExportTables From(ScoringResult result, OrgSnapshot snapshot, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(snapshot);
        var reps = snapshot.Reps.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var deals = snapshot.Opportunities.ToDictionary(o => o.Id, StringComparer.Ordinal);
        string RepName(string id) => reps.TryGetValue(id, out var rep) ? rep.Name : id;
        return new ExportTables(
            result.Scorecards.Select(c => new ExportScorecard(c.RepName, reps.TryGetValue(c.RepId, out var rep) ? rep.TeamId ?? "" : "",
                    c.Tier.Tier == Tier.NotTiered ? "–" : c.Tier.Tier.ToString(), Round(c.Adoption.Value), Round(c.Behaviour.Value),
                    Round(c.Outcomes.WinRate * 100), Round(c.Outcomes.Attainment * 100), c.Outcomes.WonCount, c.Outcomes.LostCount)).ToList(),
            result.Tips.Select(t => new ExportTip(RepName(t.RepId), t.RuleId, t.Severity.ToString(), t.Title, t.Message)).ToList(),
            result.DealScores.Select(d => new ExportDealScore(deals.TryGetValue(d.OpportunityId, out var deal) ? deal.Name : d.OpportunityId,
                    deal == null ? "" : RepName(deal.OwnerId), d.Score,
                    string.Join("; ", d.PositiveReasons.Select(r => r.Text)), string.Join("; ", d.NegativeReasons.Select(r => r.Text)))).ToList(),
            Issues(summary, result.DataIssues.Select(i => new ExportIssue("scoring", "", null, "", i.Code, i.RecordType + " " + (i.RecordId ?? ""), i.Message, false))));
    }

    private static List<ExportIssue> Issues(ImportSummary summary, IEnumerable<ExportIssue> scoring) =>
        summary.Issues.Select(i => new ExportIssue("import", i.File, i.Line, i.Column ?? "", i.KindText, "", i.Message, i.Skipped)).Concat(scoring).ToList();

    private static decimal? Round(double? value) => value.HasValue ? Math.Round((decimal)value.Value, 1) : null;
}

public sealed record ExportScorecard(string Rep, string Team, string Tier, decimal? Adoption, decimal? Behaviour, decimal? WinRatePercent, decimal? QuotaAttainmentPercent, int Won, int Lost);

public sealed record ExportTip(string Owner, string Rule, string Severity, string Title, string Description);

public sealed record ExportDealScore(string Deal, string Owner, int? Score, string Helps, string Hurts);

/// <summary>An import issue (file, 1-based line, the column at fault if one) or a data issue Core reported while scoring (code, record).</summary>
public sealed record ExportIssue(string Source, string File, int? Line, string Column, string Kind, string Record, string Message, bool Skipped);
