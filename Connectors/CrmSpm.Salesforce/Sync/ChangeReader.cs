using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Query;
using CrmSpm.Salesforce.Sync.Mirror;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Reads the rows of one object whose SystemModstamp falls in the window (watermark, window end] through
/// queryAll (so deleted rows come too) and applies them to the mirror. The first sync has no lower bound.
/// </summary>
public sealed class ChangeReader
{
    private readonly SalesforceClient _client;
    private readonly IProgress<SyncProgress>? _progress;

    public ChangeReader(SalesforceClient client, IProgress<SyncProgress>? progress)
    {
        _client = client;
        _progress = progress;
    }

    public static string Soql(SyncedObject synced, IReadOnlyList<string> fields, DateTimeOffset? watermark, DateTimeOffset windowEnd)
    {
        var select = new SoqlSelect(synced.Name, fields)
            .Where($"{F.SystemModstamp} <= {Query.Soql.DateTime(windowEnd)}");
        if (watermark is { } since)
        {
            select.Where($"{F.SystemModstamp} > {Query.Soql.DateTime(since)}");
        }

        return select.ToString();
    }

    public async Task<long> ReadAsync(SyncedObject synced, IReadOnlyList<string> fields, SyncState state, DateTimeOffset windowEnd,
        CancellationToken cancellationToken)
    {
        DateTimeOffset? watermark = state.Watermarks.TryGetValue(synced.Name, out var saved) ? saved : null;
        if (watermark >= windowEnd)
        {
            return 0;
        }

        long rows = 0;
        await foreach (var page in _client.QueryPagesAsync(Soql(synced, fields, watermark, windowEnd), includeDeletedAndArchived: true, cancellationToken)
                           .ConfigureAwait(false))
        {
            foreach (var record in page.Records)
            {
                synced.Apply(state.Mirror, record);
            }

            rows += page.Records.Count;
            _progress?.Report(new SyncProgress(SyncProgress.Read, synced.Name, rows, page.TotalSize));
        }

        return rows;
    }
}
