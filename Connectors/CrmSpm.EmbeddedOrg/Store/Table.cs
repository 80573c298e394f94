using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Store;

// The rows of one table with an index on every column that holds a lookup (EntityReference) or Guid value,
// so a query filtered on a lookup reads only the matching rows instead of scanning.
internal sealed class Table
{
    // Audit lookups point almost every row at the same few users: indexing them costs memory and time on every
    // write and helps no query the product runs. Queries on them scan, with the same results.
    private static readonly HashSet<string> UnindexedColumns = new(StringComparer.Ordinal)
    {
        Metadata.ColumnNames.CreatedBy,
        Metadata.ColumnNames.ModifiedBy,
    };

    private readonly Dictionary<Guid, Row> _rows = new();
    private readonly Dictionary<string, Dictionary<Guid, HashSet<Guid>>> _lookupIndex = new(StringComparer.Ordinal);

    public Table(string logicalName, string primaryIdColumn)
    {
        LogicalName = logicalName;
        PrimaryIdColumn = primaryIdColumn;
    }

    public string LogicalName { get; }

    public string PrimaryIdColumn { get; }

    public int Count => _rows.Count;

    public IEnumerable<Row> Rows => _rows.Values;

    public Row? Find(Guid id) => _rows.TryGetValue(id, out var row) ? row : null;

    public void Put(Row row)
    {
        if (_rows.TryGetValue(row.Id, out var previous))
        {
            Unindex(previous);
        }

        _rows[row.Id] = row;
        Index(row);
    }

    // Adds a new row; false (and nothing changes) when the id is taken.
    public bool TryAdd(Row row)
    {
        if (!_rows.TryAdd(row.Id, row))
        {
            return false;
        }

        Index(row);
        return true;
    }

    public bool Remove(Guid id)
    {
        if (!_rows.Remove(id, out var previous))
        {
            return false;
        }

        Unindex(previous);
        return true;
    }

    // Ids of rows whose column points at target, or null when the column has never held a lookup (then scan).
    public IReadOnlyCollection<Guid>? Lookup(string column, Guid target)
    {
        if (column == PrimaryIdColumn)
        {
            return _rows.ContainsKey(target) ? new[] { target } : Array.Empty<Guid>();
        }

        if (!_lookupIndex.TryGetValue(column, out var byTarget))
        {
            return null;
        }

        return byTarget.TryGetValue(target, out var ids) ? ids : Array.Empty<Guid>();
    }

    private void Index(Row row)
    {
        foreach (var pair in row.Values)
        {
            // The type test first: most columns hold no reference, and it is cheaper than the name lookup.
            if (!TryGetKey(pair.Value, out var target) || !IsIndexed(pair.Key))
            {
                continue;
            }

            if (!_lookupIndex.TryGetValue(pair.Key, out var byTarget))
            {
                byTarget = new Dictionary<Guid, HashSet<Guid>>();
                _lookupIndex[pair.Key] = byTarget;
            }

            if (!byTarget.TryGetValue(target, out var ids))
            {
                ids = new HashSet<Guid>();
                byTarget[target] = ids;
            }

            ids.Add(row.Id);
        }
    }

    private void Unindex(Row row)
    {
        foreach (var pair in row.Values)
        {
            if (!TryGetKey(pair.Value, out var target) || !IsIndexed(pair.Key))
            {
                continue;
            }

            if (_lookupIndex.TryGetValue(pair.Key, out var byTarget) && byTarget.TryGetValue(target, out var ids))
            {
                ids.Remove(row.Id);
                if (ids.Count == 0)
                {
                    byTarget.Remove(target);
                }
            }
        }
    }

    private bool IsIndexed(string column) => column != PrimaryIdColumn && !UnindexedColumns.Contains(column);

    private static bool TryGetKey(object value, out Guid key)
    {
        switch (value)
        {
            case EntityReference reference:
                key = reference.Id;
                return true;
            case Guid guid:
                key = guid;
                return true;
            default:
                key = Guid.Empty;
                return false;
        }
    }
}
