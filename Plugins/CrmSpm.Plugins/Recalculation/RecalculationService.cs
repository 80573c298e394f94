using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The nightly recompute, one sales team per page: load the team, run Core's full engine (model rebuild, tiers,
/// practices, behaviour scores, scorecards, rep-level tips, coaching queue) and write the results. Every write is an
/// Upsert by key or derived id, or an update only when a value changed, so rerunning a page is harmless and the run
/// heals whatever an event step skipped. Every page of one run scores as of the same instant (the token's).
/// </summary>
public sealed class RecalculationService
{
    private readonly TeamLoader _loader;
    private readonly ActiveProfileReader _profileReader;
    private readonly Profiles.ProfileResolver _profiles;
    private readonly DealRefresher _refresher;
    private readonly TipWriter _tips;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly ITracingService _tracing;

    public RecalculationService(TeamLoader loader, ActiveProfileReader profileReader, Profiles.ProfileResolver profiles, DealRefresher refresher,
        TipWriter tips, IOrganizationService service, IClock clock, ITracingService tracing)
    {
        _loader = loader;
        _profileReader = profileReader;
        _profiles = profiles;
        _refresher = refresher;
        _tips = tips;
        _service = service;
        _clock = clock;
        _tracing = tracing;
    }

    /// <summary>Runs up to <paramref name="maxTeams"/> teams from <paramref name="token"/>; returns the next token, empty when the run is complete.</summary>
    public string RunPages(string? token, int maxTeams)
    {
        var position = RecalculationToken.Parse(token, _clock.UtcNow);
        var profileRow = _profileReader.Read();
        var profileJson = profileRow?.GetAttributeValue<string>(ScoringProfileColumns.ProfileJson);
        var profile = _profiles.Resolve(profileJson);
        // RepsByTeam orders teams by id, so "after the last team done" is a stable place even when teams come or go.
        var remaining = _loader.RepsByTeam().Where(t => position.IsAfterLastTeam(t.Key)).ToList();
        var page = remaining.Take(maxTeams).ToList();
        foreach (var entry in page)
        {
            var team = _loader.Load(entry.Key, entry.Value, position.AsOf);
            Recalculate(team, profile, profileRow, profileJson, position.AsOf);
        }

        return remaining.Count > page.Count ? new RecalculationToken(position.AsOf, page[page.Count - 1].Key).ToString() : "";
    }

    private void Recalculate(TeamData team, ScoringProfile profile, Entity? profileRow, string? profileJson, DateTime asOf)
    {
        if (team.Snapshot.Reps.Count == 0)
        {
            return; // A business unit without deals (the root one with SYSTEM, a back office) is not a sales team.
        }

        var result = new ScoringEngine(profile, new FixedClock(asOf)).Score(team.Snapshot);
        var modelJson = (result.DealModel ?? new Core.Deals.DealModel(profile)).ToJson();
        var benchmarksJson = result.Benchmarks.ToJson();
        WriteModel(team, modelJson, benchmarksJson, profileRow);

        var queue = result.Queue.ToDictionary(q => q.RepId, StringComparer.Ordinal);
        var planner = new TipPlanner(profile.Windows.ReinforcementIntervalsDays);
        var coaching = new RepCoaching(planner, _tips, new TipReader(_service), _service);
        var tiers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var card in result.Scorecards)
        {
            var repId = Guid.Parse(card.RepId);
            tiers[card.RepId] = TierMapper.ToChoice(card.Tier.Tier);
            team.CurrentCards.TryGetValue(repId, out var current);
            team.PreviousCards.TryGetValue(repId, out var previous);
            var row = ScorecardMapper.ToRow(card, repId, queue.TryGetValue(card.RepId, out var entry) ? entry : null, previous);
            var repTips = result.Tips.Where(t => t.RecordType == TipRecordTypes.Rep && t.RepId == card.RepId);
            var tipPlan = coaching.Plan(repId, card.Period, repTips, current, previous, asOf);
            if (tipPlan.TipStateJson != null)
            {
                row[ScorecardColumns.TipState] = tipPlan.TipStateJson;
            }

            // Rep-level tips regard the scorecard row, so they are written once it exists.
            var written = (_service.Execute(new UpsertRequest { Target = row }) as UpsertResponse)?.Target;
            var scorecard = written ?? (current == null ? null : new EntityReference(ScorecardColumns.EntityName, current.Id));
            if (scorecard != null)
            {
                coaching.Write(tipPlan, scorecard);
            }
        }

        var refreshed = 0;
        foreach (var deal in team.Opportunities.Values)
        {
            var owner = deal.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id.ToString() ?? "";
            var log = team.TouchLogs[deal.Id];
            var changes = new Entity(OpportunityColumns.EntityName, deal.Id);
            TouchLogSync.Apply(deal, log, changes);
            var context = new DealContext
            {
                Opportunity = deal,
                ModelStateJson = modelJson,
                BenchmarksJson = benchmarksJson,
                ProfileJson = profileJson,
                OwnerTierChoice = tiers.TryGetValue(owner, out var tier) ? tier : (int?)null,
                Activities = log.ToActivities(deal.Id.ToString(), owner).ToList(),
            };
            if (_refresher.Refresh(context, profile, changes, asOf).DealWritten)
            {
                refreshed++;
            }
        }

        _tracing.Trace("Team {0}: {1} scorecards, {2} of {3} deals changed.", team.TeamId, result.Scorecards.Count, refreshed, team.Opportunities.Count);
    }

    private void WriteModel(TeamData team, string modelJson, string benchmarksJson, Entity? profileRow)
    {
        var row = new Entity(ModelStateColumns.EntityName, ModelStateColumns.TeamKey, team.TeamId.ToString())
        {
            [ModelStateColumns.Name] = team.TeamName,
            [ModelStateColumns.BusinessUnitId] = new EntityReference(BusinessUnitColumns.EntityName, team.TeamId),
            [ModelStateColumns.StateJson] = modelJson,
            [ModelStateColumns.Benchmarks] = benchmarksJson,
        };
        if (profileRow != null)
        {
            row[ModelStateColumns.ProfileId] = profileRow.ToEntityReference();
        }

        _service.Execute(new UpsertRequest { Target = row });
    }
}
