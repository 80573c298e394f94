using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// One team of the recompute: Core's full engine over the loaded team with the org's tiers, benchmarks and queue
/// (model rebuild, behaviour, scorecards, rep-level tips), then the writes in a fixed order: the team's model and scorecards
/// (one unit), then each deal in id order (one unit each). A resumed execution reloads and rescores the team (same
/// as-of instant, same rows, so the same result) and skips the units already written.
/// </summary>
public sealed class TeamRecalculator
{
    private readonly DealRefresher _refresher;
    private readonly TipWriter _tips;
    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;

    public TeamRecalculator(DealRefresher refresher, TipWriter tips, IOrganizationService service, ITracingService tracing)
    {
        _refresher = refresher;
        _tips = tips;
        _service = service;
        _tracing = tracing;
    }

    /// <summary>What every team of one run shares.</summary>
    public sealed class RunSettings
    {
        public RunSettings(ScoringProfile profile, Entity? profileRow, string? profileJson, DateTime asOf, OrgStanding? standing = null)
        {
            Profile = profile;
            ProfileRow = profileRow;
            ProfileJson = profileJson;
            AsOf = asOf;
            Standing = standing;
        }

        public ScoringProfile Profile { get; }
        public Entity? ProfileRow { get; }
        public string? ProfileJson { get; }
        public DateTime AsOf { get; }

        /// <summary>The tiers, benchmarks and queue decided across the whole org; null decides them per team.</summary>
        public OrgStanding? Standing { get; }
    }

    /// <summary>
    /// Writes what changed in <paramref name="team"/>, after deal <paramref name="resumeAfter"/> when given (the empty
    /// Guid: model and scorecards are done, no deal yet). Returns null when the team is done, else the last deal
    /// written (the empty Guid when none) because the budget ran out.
    /// </summary>
    public Guid? Recalculate(TeamData team, RunSettings run, Guid? resumeAfter, ExecutionBudget budget, RecalculationResult totals)
    {
        if (team.Snapshot.Reps.Count == 0)
        {
            return null; // A business unit without deals (the root one with SYSTEM, a back office) is not a sales team.
        }

        var result = new ScoringEngine(run.Profile, new FixedClock(run.AsOf)).Score(team.Snapshot, run.Standing);
        var modelJson = (result.DealModel ?? new Core.Deals.DealModel(run.Profile)).ToJson();
        var benchmarksJson = result.Benchmarks.ToJson();
        var signalsJson = SignalsDocument.Write(result.Signals, ModelStateColumns.SignalsMaxLength);
        var tiers = result.Scorecards.ToDictionary(c => c.RepId, c => TierMapper.ToChoice(c.Tier.Tier), StringComparer.Ordinal);
        if (!resumeAfter.HasValue)
        {
            WriteModel(team, modelJson, benchmarksJson, signalsJson, run.ProfileRow);
            totals.ScorecardsWritten += WriteScorecards(team, result, run);
            budget.WorkDone();
        }

        // Every deal of this execution is scored and coached before any is written, so a rep's weekly tip slots go to
        // their most valuable new tips across their deals (docs/plugins.md, "Weekly tip cap"); the writes keep id order.
        var last = resumeAfter ?? Guid.Empty;
        var remaining = team.Opportunities.Values.OrderBy(d => d.Id, RecalculationToken.Order)
            .Where(d => !resumeAfter.HasValue || RecalculationToken.Order.Compare(d.Id, resumeAfter.Value) > 0)
            .ToList();
        if (remaining.Count > 0 && !budget.MayStartWork())
        {
            Trace(team, totals, 0, "stopped for the budget after deal " + last);
            return last; // Before preparing deals this execution would not write.
        }

        var deals = remaining.Select(d => PrepareDeal(team, d, run, modelJson, benchmarksJson, signalsJson, tiers)).ToList();
        var slots = WeeklyTipSlots.Plan(team.Opportunities.Values, deals, TipBudget.From(run.Profile).PerRepPerWeek, run.AsOf);
        var written = 0;
        foreach (var deal in deals)
        {
            if (!budget.MayStartWork())
            {
                Trace(team, totals, written, "stopped for the budget after deal " + last);
                return last;
            }

            written += WriteDeal(team, deal, slots, totals) ? 1 : 0;
            budget.WorkDone();
            last = deal.Row.Id;
        }

        Trace(team, totals, written, "done");
        return null;
    }

    private int WriteScorecards(TeamData team, ScoringResult result, RunSettings run)
    {
        var queue = result.Queue.ToDictionary(q => q.RepId, StringComparer.Ordinal);
        var coaching = new RepCoaching(TipPlanner.For(run.Profile), _tips, new TipReader(_service), _service);
        var written = 0;
        foreach (var card in result.Scorecards)
        {
            var repId = Guid.Parse(card.RepId);
            team.CurrentCards.TryGetValue(repId, out var current);
            team.PreviousCards.TryGetValue(repId, out var previous);
            var row = ScorecardMapper.ToRow(card, repId, queue.TryGetValue(card.RepId, out var entry) ? entry : null, previous);
            var repTips = result.Tips.Where(t => t.RecordType == TipRecordTypes.Rep && t.RepId == card.RepId);
            // The tips regarding the rep's cards were read with the team: the rep needs no read of its own.
            var known = team.TipsOf(new[] { current, previous }.Where(c => c != null).Select(c => c!.Id).ToArray());
            var tipPlan = coaching.Plan(repId, card.Period, repTips, current, previous, run.AsOf, known);
            if (tipPlan.TipStateJson != null)
            {
                row[ScorecardColumns.TipState] = tipPlan.TipStateJson;
            }

            if (tipPlan.RecognitionsJson != null)
            {
                row[ScorecardColumns.Recognitions] = tipPlan.RecognitionsJson; // Claimed in the card's write, posted after it.
            }

            // Rep-level tips regard the scorecard row, so they are written once it exists.
            var scorecard = Write(row, current, out var changed);
            written += changed ? 1 : 0;
            if (scorecard != null)
            {
                coaching.Write(tipPlan, scorecard);
            }
        }

        return written;
    }

    private PreparedDeal PrepareDeal(TeamData team, Entity deal, RunSettings run, string modelJson, string benchmarksJson, string? signalsJson,
        Dictionary<string, int> tiers)
    {
        var owner = deal.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id.ToString() ?? "";
        var changes = new Entity(OpportunityColumns.EntityName, deal.Id);
        if (team.TouchChanges.TryGetValue(deal.Id, out var touch))
        {
            foreach (var column in touch.Attributes)
            {
                changes[column.Key] = column.Value;
            }
        }

        var context = new DealContext
        {
            Opportunity = deal,
            ModelStateJson = modelJson,
            BenchmarksJson = benchmarksJson,
            SignalsJson = signalsJson,
            ProfileJson = run.ProfileJson,
            OwnerTierChoice = tiers.TryGetValue(owner, out var tier) ? tier : (int?)null,
            Activities = team.TouchLogs[deal.Id].ToActivities(deal.Id.ToString(), owner).ToList(),
            Tips = team.TipsOf(deal.Id), // Read with the team: the deal needs no read of its own.
        };
        return _refresher.Prepare(context, run.Profile, changes, run.AsOf);
    }

    private bool WriteDeal(TeamData team, PreparedDeal deal, WeeklyTipSlots slots, RecalculationResult totals)
    {
        totals.StaleDeals += team.TouchChanges.ContainsKey(deal.Row.Id) ? 1 : 0;
        var shownBefore = deal.ShownInWeek;
        var written = _refresher.Write(deal, slots.ShownElsewhere(deal)).DealWritten;
        slots.Written(deal, shownBefore);
        totals.DealsWritten += written ? 1 : 0;
        return written;
    }

    private void WriteModel(TeamData team, string modelJson, string benchmarksJson, string? signalsJson, Entity? profileRow)
    {
        var row = new Entity(ModelStateColumns.EntityName, ModelStateColumns.TeamKey, team.TeamId.ToString())
        {
            [ModelStateColumns.Name] = team.TeamName,
            [ModelStateColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, team.TeamId),
            [ModelStateColumns.StateJson] = modelJson,
            [ModelStateColumns.Benchmarks] = benchmarksJson,
            [ModelStateColumns.Signals] = signalsJson,
        };
        if (profileRow != null)
        {
            row[ModelStateColumns.ProfileId] = profileRow.ToEntityReference();
        }

        Write(row, team.CurrentModel, out _);
    }

    /// <summary>
    /// Upserts a new row by its key, updates only the changed columns of a stored one, skips an unchanged one.
    /// Returns the row's reference (null only when a new row's Upsert answered none).
    /// </summary>
    private EntityReference? Write(Entity desired, Entity? current, out bool changed)
    {
        var changes = RowDiff.Changes(desired, current);
        changed = changes != null;
        if (changes == null)
        {
            return current!.ToEntityReference();
        }

        if (current == null)
        {
            return (_service.Execute(new UpsertRequest { Target = changes }) as UpsertResponse)?.Target;
        }

        _service.Update(changes);
        return current.ToEntityReference();
    }

    private void Trace(TeamData team, RecalculationResult totals, int written, string how) =>
        _tracing.Trace("Team {0}: {1} deals written in this execution, {2} stale deals healed so far; {3}.", team.TeamId, written, totals.StaleDeals, how);
}
