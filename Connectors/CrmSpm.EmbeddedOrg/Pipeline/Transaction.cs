using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Store;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// One database transaction: the undo log of every write (nested plugin writes included) and the asynchronous
// steps it queued, which run only if it commits (asynchronous steps run after the operation completes,
// https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service).
internal sealed class Transaction
{
    public UndoLog Undo { get; } = new();

    private List<AsyncJob>? _stagedJobs;

    // Created when the first asynchronous step is queued: most transactions queue none.
    public List<AsyncJob> StagedJobs => _stagedJobs ??= new List<AsyncJob>();

    public bool HasStagedJobs => _stagedJobs is { Count: > 0 };

    // Set when a data operation inside the transaction failed: the platform ends the transaction then, so a plugin
    // that swallows the fault cannot go on (docs "Troubleshoot plug-ins", transaction errors).
    public bool Doomed { get; private set; }

    public void Doom() => Doomed = true;

    public void Rollback()
    {
        Undo.Rollback();
        _stagedJobs?.Clear();
    }
}
