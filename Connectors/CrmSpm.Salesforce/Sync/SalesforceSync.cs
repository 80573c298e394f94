using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.State;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// One incremental sync run: read what changed since the watermarks, record the reps' responses, score the
/// whole mirror with Core, write new and changed tips, close cleared ones, upsert scorecards, and only then
/// advance the watermarks and save the state. Killed at any point before the save, the next run repeats the
/// same window; every write is an upsert by external id or an update by id, so nothing is duplicated.
/// </summary>
public sealed class SalesforceSync
{
    private readonly SalesforceClient _client;
    private readonly ISyncStateStore _store;
    private readonly ScoringProfile _profile;
    private readonly SyncOptions _options;
    private readonly TimeProvider _clock;
    private readonly IProgress<SyncProgress>? _progress;

    public SalesforceSync(SalesforceClient client, ISyncStateStore store, ScoringProfile profile, SyncOptions options,
        TimeProvider clock, IProgress<SyncProgress>? progress = null)
    {
        _client = client;
        _store = store;
        _profile = profile;
        _options = options;
        _clock = clock;
        _progress = progress;
    }

    public async Task<SyncSummary> RunAsync(CancellationToken cancellationToken)
    {
        var callsBefore = _client.Calls.Total;
        var state = await _store.LoadAsync(cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var windowEnd = WholeSeconds(now - _options.SettleDelay);
        var summary = new SyncSummary { WindowEnd = windowEnd };

        var fields = await OrgFieldCheck.SelectFieldsAsync(_client, _options.Objects, cancellationToken).ConfigureAwait(false);
        var reader = new ChangeReader(_client, _progress);
        foreach (var synced in _options.Objects)
        {
            var selected = fields[synced.Name];
            var readWith = string.Join(",", selected);
            if (!state.ReadFields.TryGetValue(synced.Name, out var before) || before != readWith)
            {
                state.Watermarks.Remove(synced.Name);
            }

            summary.RowsRead[synced.Name] = await reader.ReadAsync(synced, selected, state, windowEnd, cancellationToken)
                .ConfigureAwait(false);
            state.ReadFields[synced.Name] = readWith;
        }

        var schedule = new ReinforcementSchedule(_profile.Windows.ReinforcementIntervalsDays);
        summary.ResponsesRecorded = new ResponseRecorder(schedule).Record(state.Mirror, state.Tips, now).Count;

        var previousAdoption = SnapshotBuilder.PreviousAdoption(state.AdoptionHistory, now);
        var snapshot = SnapshotBuilder.Build(state.Mirror, previousAdoption, now, summary.DataIssues);
        _progress?.Report(new SyncProgress(SyncProgress.Score, "reps", snapshot.Reps.Count, null));
        var result = new ScoringEngine(_profile, new FixedClock(now.UtcDateTime)).Score(snapshot);
        summary.DataIssues.AddRange(result.DataIssues);

        var plan = new TipPlanner(schedule, TipBudget.From(_profile)).Plan(result, snapshot, state.Tips, now);
        summary.TipsDeferred = plan.Deferred.Count;
        var writer = new CoachingWriter(_client.Collections, _options, _progress);
        await writer.WriteTipsAsync(plan.Writes, state, summary, cancellationToken).ConfigureAwait(false);
        await writer.CloseTipsAsync(plan.Closes, state, summary, cancellationToken).ConfigureAwait(false);
        var inputs = ScorecardInputs.PerRep(state.Mirror, ScoringProfileJson.ToJson(_profile), previousAdoption, now);
        await writer.WriteScorecardsAsync(ChangedScorecards(result.Scorecards, inputs, state), state, summary, cancellationToken).ConfigureAwait(false);

        foreach (var synced in _options.Objects)
        {
            state.Watermarks[synced.Name] = state.Watermarks.TryGetValue(synced.Name, out var old) && old > windowEnd ? old : windowEnd;
        }

        _progress?.Report(new SyncProgress(SyncProgress.Save, "state", 1, 1));
        await _store.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        summary.ApiCalls = _client.Calls.Total - callsBefore;
        summary.Usage = _client.Calls.LatestUsage;
        return summary;
    }

    /// <summary>
    /// The scorecards to write (<see cref="ScorecardStamp.Replaces"/>). An unchanged one computed from changed rows
    /// takes the new inputs into its stamp, so a later run compares it with those rows, not the old ones.
    /// </summary>
    private static IReadOnlyList<ScorecardWrite> ChangedScorecards(IReadOnlyList<RepScorecard> scorecards,
        IReadOnlyDictionary<string, string> inputs, SyncState state)
    {
        var writes = new List<ScorecardWrite>();
        foreach (var card in scorecards)
        {
            var fields = ScorecardRecordBuilder.Build(card);
            var stamp = ScorecardRecordBuilder.Stamp(fields, inputs.GetValueOrDefault(card.RepId));
            var key = ScorecardRecordBuilder.Key(card);
            state.Scorecards.TryGetValue(key, out var written);
            if (stamp.Replaces(written))
            {
                writes.Add(new ScorecardWrite(key, card.RepId, card.Period, fields, stamp, card.Adoption.Value));
            }
            else if (stamp.SameFields(written!))
            {
                state.Scorecards[key] = stamp;
            }
        }

        return writes;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
