using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Store;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// One database transaction: the undo log of every write (nested plugin writes included) and the asynchronous
// steps it queued, which run only if it commits (contract §1.12: async steps run after the operation completes).
internal sealed class Transaction
{
    public UndoLog Undo { get; } = new();

    public List<AsyncJob> StagedJobs { get; } = new();

    // Set when a data operation inside the transaction failed: the platform ends the transaction then, so a plugin
    // that swallows the fault cannot go on (docs "Troubleshoot plug-ins", transaction errors).
    public bool Doomed { get; private set; }

    public void Doom() => Doomed = true;

    public void Rollback()
    {
        Undo.Rollback();
        StagedJobs.Clear();
    }
}
