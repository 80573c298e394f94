using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Store;

// The before-images of every write in one transaction, replayed in reverse to roll it back.
internal sealed class UndoLog
{
    // Created on the first write, sized for the common single write: most transactions write one row.
    private List<(Table Table, System.Guid Id, Row? Before)>? _entries;

    public void Record(Table table, System.Guid id, Row? before)
    {
        (_entries ??= new List<(Table, System.Guid, Row?)>(1)).Add((table, id, before));
    }

    public void Rollback()
    {
        if (_entries == null)
        {
            return;
        }

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

    public void Clear() => _entries?.Clear();
}
