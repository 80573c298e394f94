using System.Threading;
using System.Threading.Tasks;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>Where the sync keeps its state between runs. Save must replace the old state atomically.</summary>
public interface ISyncStateStore
{
    /// <summary>The saved state, or a fresh one (first sync) when none was saved.</summary>
    Task<SyncState> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(SyncState state, CancellationToken cancellationToken);
}
