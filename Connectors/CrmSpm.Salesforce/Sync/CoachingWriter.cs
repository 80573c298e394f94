using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Collections;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync;

/// <summary>A scorecard row to upsert, with the stamp and adoption score to remember once written.</summary>
public sealed record ScorecardWrite(string Key, string RepId, string Period, JsonObject Fields, ScorecardStamp Stamp, double? Adoption);

/// <summary>
/// Writes tips and scorecards through sObject Collections, 200 per call, and records in the (unsaved)
/// state only what Salesforce confirmed. A record that fails is reported and left as it was in the state,
/// so the next run tries it again.
/// </summary>
public sealed class CoachingWriter
{
    private readonly SObjectCollections _collections;
    private readonly SyncOptions _options;
    private readonly IProgress<SyncProgress>? _progress;

    public CoachingWriter(SObjectCollections collections, SyncOptions options, IProgress<SyncProgress>? progress)
    {
        _collections = collections;
        _options = options;
        _progress = progress;
    }

    public async Task WriteTipsAsync(IReadOnlyList<TipWrite> writes, SyncState state, SyncSummary summary, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var chunk in writes.Chunk(_options.WriteChunkSize))
        {
            var results = await _collections.UpsertAsync(F.Objects.Task, F.Tip.Key, chunk.Select(w => w.Fields).ToList(), cancellationToken)
                .ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                var write = chunk[i];
                if (!results[i].Success)
                {
                    summary.Failures.Add($"tip {write.Tip.Key}: {string.Join("; ", results[i].Errors)}");
                    continue;
                }

                var tip = state.Tips.TryGetValue(write.Tip.Key, out var existing) ? existing : new TipState { Key = write.Tip.Key };
                tip.Apply(write.Show);
                tip.Fingerprint = write.Fingerprint;
                tip.TaskId = results[i].Id ?? tip.TaskId;
                if (write.Reopen)
                {
                    tip.Response = null;
                    tip.DismissReason = null;
                    tip.SnoozedUntil = null;
                }

                state.Tips[write.Tip.Key] = tip;
                if (results[i].Created == true)
                {
                    summary.TipsCreated++;
                }
                else
                {
                    summary.TipsUpdated++;
                }
            }

            done += chunk.Length;
            _progress?.Report(new SyncProgress(SyncProgress.Write, "tips", done, writes.Count));
        }
    }

    public async Task CloseTipsAsync(IReadOnlyList<TipClose> closes, SyncState state, SyncSummary summary, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var chunk in closes.Chunk(_options.WriteChunkSize))
        {
            var results = await _collections.UpdateAsync(F.Objects.Task, chunk.Select(c => TipTaskBuilder.Close(c.TaskId)).ToList(), cancellationToken)
                .ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                // A task the rep deleted is as closed as it gets.
                if (results[i].Success || results[i].HasErrorCode("ENTITY_IS_DELETED"))
                {
                    state.Tips[chunk[i].Key].Apply(chunk[i].Show);
                    summary.TipsClosed++;
                }
                else
                {
                    summary.Failures.Add($"closing tip {chunk[i].Key}: {string.Join("; ", results[i].Errors)}");
                }
            }

            done += chunk.Length;
            _progress?.Report(new SyncProgress(SyncProgress.Write, "closed tips", done, closes.Count));
        }
    }

    public async Task WriteScorecardsAsync(IReadOnlyList<ScorecardWrite> writes, SyncState state, SyncSummary summary, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var chunk in writes.Chunk(_options.WriteChunkSize))
        {
            var results = await _collections.UpsertAsync(F.Objects.Scorecard, F.Scorecard.Key, chunk.Select(w => w.Fields).ToList(), cancellationToken)
                .ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                var write = chunk[i];
                if (!results[i].Success)
                {
                    summary.Failures.Add($"scorecard {write.Key}: {string.Join("; ", results[i].Errors)}");
                    continue;
                }

                state.Scorecards[write.Key] = write.Stamp;
                if (write.Adoption is { } adoption)
                {
                    if (!state.AdoptionHistory.TryGetValue(write.RepId, out var periods))
                    {
                        periods = new Dictionary<string, double>(StringComparer.Ordinal);
                        state.AdoptionHistory[write.RepId] = periods;
                    }

                    periods[write.Period] = adoption;
                }

                summary.ScorecardsWritten++;
            }

            done += chunk.Length;
            _progress?.Report(new SyncProgress(SyncProgress.Write, "scorecards", done, writes.Count));
        }
    }
}
