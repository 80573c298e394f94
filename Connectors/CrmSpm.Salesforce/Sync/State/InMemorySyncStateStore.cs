using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>
/// Keeps the state as serialized JSON in memory, so that a run cannot change the saved state by mutating
/// the object it loaded (exactly like the file store). For tests and benchmarks.
/// </summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private byte[]? _saved;

    public int SaveCount { get; private set; }

    public Task<SyncState> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_saved is null ? new SyncState() : JsonSerializer.Deserialize<SyncState>(_saved, SyncStateJson.Options)!);

    public Task SaveAsync(SyncState state, CancellationToken cancellationToken)
    {
        _saved = JsonSerializer.SerializeToUtf8Bytes(state, SyncStateJson.Options);
        SaveCount++;
        return Task.CompletedTask;
    }
}
