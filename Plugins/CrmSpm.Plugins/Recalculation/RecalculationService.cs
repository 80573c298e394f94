using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The nightly recompute, as many executions as its budget needs: each one resumes where the token says (a team, or
/// a deal inside a team), works until its <see cref="ExecutionBudget"/> runs out, and returns the token for the next
/// execution, which the caller (a scheduled flow, the CLI) passes back until it is empty. The call chain never grows
/// (no execution calls the next), so a run of any size stays at depth 1. Every execution of one run scores as of the
/// same instant (the token's), and every write is of a row whose values changed.
/// </summary>
public sealed class RecalculationService
{
    private readonly TeamLoader _loader;
    private readonly ActiveProfileReader _profileReader;
    private readonly Profiles.ProfileResolver _profiles;
    private readonly TeamRecalculator _teams;
    private readonly IClock _clock;

    public RecalculationService(TeamLoader loader, ActiveProfileReader profileReader, Profiles.ProfileResolver profiles, TeamRecalculator teams, IClock clock)
    {
        _loader = loader;
        _profileReader = profileReader;
        _profiles = profiles;
        _teams = teams;
        _clock = clock;
    }

    /// <summary>Runs from <paramref name="token"/> (empty: a new run) until the run is done or <paramref name="budget"/> is spent.</summary>
    public RecalculationResult Run(string? token, ExecutionBudget budget)
    {
        var position = RecalculationToken.Parse(token, _clock.UtcNow);
        var result = new RecalculationResult { AsOf = position.AsOf };
        var profileRow = _profileReader.Read();
        var profileJson = profileRow?.GetAttributeValue<string>(ScoringProfileColumns.ProfileJson);
        var profile = _profiles.Resolve(profileJson);

        // Tiers, benchmarks and the queue are decided across the whole org (docs/scoring.md §3), so every execution
        // loads every team and scores the org once (same as-of instant: the same standing), then works team by team.
        // RepsByTeam orders teams by id (RecalculationToken.Order), so "after the last team" is a stable place.
        var teams = _loader.RepsByTeam().Select(t => _loader.Load(t.Key, t.Value, position.AsOf, profile.Windows.OutcomeDays)).ToList();
        var standing = OrgStanding.From(new ScoringEngine(profile, new FixedClock(position.AsOf)).Score(WholeOrg(teams)));
        var run = new TeamRecalculator.RunSettings(profile, profileRow, profileJson, position.AsOf, standing);
        foreach (var team in teams.Where(t => position.HasWorkIn(t.TeamId)))
        {
            if (!budget.MayStartWork())
            {
                result.NextToken = position.ToString();
                return result;
            }

            var stoppedAfter = _teams.Recalculate(team, run, position.ResumeAfter(team.TeamId), budget, result);
            if (stoppedAfter.HasValue)
            {
                result.NextToken = RecalculationToken.InTeam(position.AsOf, team.TeamId, stoppedAfter.Value).ToString();
                return result;
            }

            position = RecalculationToken.AfterTeam(position.AsOf, team.TeamId);
            result.TeamsCompleted++;
        }

        return result;
    }

    /// <summary>Every team's reps, deals and activities in one snapshot (teams hold disjoint rows).</summary>
    private static OrgSnapshot WholeOrg(IEnumerable<TeamData> teams)
    {
        var org = new OrgSnapshot();
        foreach (var team in teams)
        {
            var snapshot = team.Snapshot;
            foreach (var rep in snapshot.Reps)
            {
                org.Reps.Add(rep);
            }

            foreach (var deal in snapshot.Opportunities)
            {
                org.Opportunities.Add(deal);
            }

            foreach (var activity in snapshot.Activities)
            {
                org.Activities.Add(activity);
            }

            foreach (var previous in snapshot.PreviousAdoptionScores)
            {
                org.PreviousAdoptionScores[previous.Key] = previous.Value;
            }
        }

        return org;
    }
}
