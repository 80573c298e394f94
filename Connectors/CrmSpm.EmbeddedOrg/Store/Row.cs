using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Store;

// One stored record. Values never holds nulls (Dataverse never returns a column without a value) and its values are
// private copies: nothing outside the store holds a reference to them.
internal sealed class Row
{
    public Row(Guid id, long sequence, long version, Dictionary<string, object> values)
    {
        Id = id;
        Sequence = sequence;
        Version = version;
        Values = values;
    }

    public Guid Id { get; }

    // Insertion order: the default result order, so results and paging are deterministic.
    public long Sequence { get; }

    public long Version { get; }

    public Dictionary<string, object> Values { get; }

    public object? Get(string column) => Values.TryGetValue(column, out var value) ? value : null;
}
