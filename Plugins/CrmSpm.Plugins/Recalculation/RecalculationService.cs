using System;
using System.Linq;
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
        var run = new TeamRecalculator.RunSettings(_profiles.Resolve(profileJson), profileRow, profileJson, position.AsOf);

        // RepsByTeam orders teams by id (RecalculationToken.Order), so "after the last team" is a stable place.
        foreach (var entry in _loader.RepsByTeam().Where(t => position.HasWorkIn(t.Key)))
        {
            if (!budget.MayStartWork())
            {
                result.NextToken = position.ToString();
                return result;
            }

            var team = _loader.Load(entry.Key, entry.Value, position.AsOf);
            var stoppedAfter = _teams.Recalculate(team, run, position.ResumeAfter(entry.Key), budget, result);
            if (stoppedAfter.HasValue)
            {
                result.NextToken = RecalculationToken.InTeam(position.AsOf, entry.Key, stoppedAfter.Value).ToString();
                return result;
            }

            position = RecalculationToken.AfterTeam(position.AsOf, entry.Key);
            result.TeamsCompleted++;
        }

        return result;
    }
}
