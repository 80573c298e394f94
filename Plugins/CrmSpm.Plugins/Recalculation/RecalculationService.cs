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
/// Tiers, benchmarks and the queue are decided across the whole org (docs/scoring.md §3), once per run: the first
/// execution reads the org (<see cref="StandingReader"/>), scores it and stores the <see cref="OrgStanding"/>
/// (<see cref="StandingStore"/>); later executions read that one row and load only the teams they work on.
/// </summary>
public sealed class RecalculationService
{
    private readonly TeamLoader _loader;
    private readonly StandingReader _standingReader;
    private readonly StandingStore _standings;
    private readonly ActiveProfileReader _profileReader;
    private readonly Profiles.ProfileResolver _profiles;
    private readonly TeamRecalculator _teams;
    private readonly IClock _clock;

    public RecalculationService(TeamLoader loader, StandingReader standingReader, StandingStore standings, ActiveProfileReader profileReader,
        Profiles.ProfileResolver profiles, TeamRecalculator teams, IClock clock)
    {
        _loader = loader;
        _standingReader = standingReader;
        _standings = standings;
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

        // RepsByTeam orders teams by id (RecalculationToken.Order), so "after the last team" is a stable place.
        var teams = _loader.RepsByTeam();
        if (teams.Count == 0)
        {
            return result; // No users in any business unit: nothing to score, the run is complete.
        }

        OrgStanding standing;
        if (position.Standing == null)
        {
            // The standing is one unit of work: when deciding it spent the budget, the token carries it alone.
            var org = _standingReader.Read(teams, position.AsOf, profile.Windows.OutcomeDays);
            var scored = new ScoringEngine(profile, new FixedClock(position.AsOf)).Score(org);
            standing = OrgStanding.From(scored);
            // The whole org's data issues, once per run, where the admin's data quality page reads them.
            var issues = DataIssuesColumn.Write(scored.DataIssues);
            position = RecalculationToken.AfterStanding(position.AsOf, _standings.Save(standing, position.AsOf, issues));
            result.StandingDecided = true;
            budget.WorkDone();
        }
        else
        {
            standing = _standings.Load(position.Standing);
        }

        var reference = position.Standing!;
        var run = new TeamRecalculator.RunSettings(profile, profileRow, profileJson, position.AsOf, standing);
        foreach (var team in teams.Where(t => position.HasWorkIn(t.Key)))
        {
            if (!budget.MayStartWork())
            {
                result.NextToken = position.ToString();
                return result;
            }

            var data = _loader.Load(team.Key, team.Value, position.AsOf, profile.Windows.OutcomeDays);
            var stoppedAfter = _teams.Recalculate(data, run, position.ResumeAfter(team.Key), budget, result);
            if (stoppedAfter.HasValue)
            {
                result.NextToken = RecalculationToken.InTeam(position.AsOf, reference, team.Key, stoppedAfter.Value).ToString();
                return result;
            }

            position = RecalculationToken.AfterTeam(position.AsOf, reference, team.Key);
            result.TeamsCompleted++;
        }

        return result;
    }
}
