using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Store;

// The before-images of every write in one transaction, replayed in reverse to roll it back.
internal sealed class UndoLog
{
    private readonly List<(Table Table, System.Guid Id, Row? Before)> _entries = new();

    public void Record(Table table, System.Guid id, Row? before)
    {
        _entries.Add((table, id, before));
    }

    public void Rollback()
    {
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            var (table, id, before) = _entries[i];
            if (before == null)
            {
                table.Remove(id);
            }
            else
            {
                table.Put(before);
            }
        }

        _entries.Clear();
    }

    public void Clear() => _entries.Clear();
}
