using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;

namespace CrmSpm.EmbeddedOrg.Store;

// All tables of the org. Every write records its before-image in the caller's undo log, so a failed operation
// (a synchronous plugin throwing rolls back its whole transaction,
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-pipeline) can be rolled back, nested writes included.
internal sealed class DataStore
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private long _sequence;
    private long _version;

    public DataStore(TableCatalog catalog)
    {
        Catalog = catalog;
    }

    public TableCatalog Catalog { get; }

    public Table Table(string logicalName)
    {
        if (!_tables.TryGetValue(logicalName, out var table))
        {
            table = new Table(logicalName, Catalog.PrimaryIdColumn(logicalName));
            _tables[logicalName] = table;
        }

        return table;
    }

    public Table? FindTable(string logicalName) => _tables.TryGetValue(logicalName, out var table) ? table : null;

    public Row? Find(string logicalName, Guid id) => FindTable(logicalName)?.Find(id);

    public Row Insert(string logicalName, Guid id, Dictionary<string, object> values, UndoLog? undo)
    {
        var table = Table(logicalName);
        values[table.PrimaryIdColumn] = id;
        var row = new Row(id, _sequence + 1, _version + 1, values);
        if (!table.TryAdd(row))
        {
            throw OrgFaults.Duplicate(logicalName, id);
        }

        _sequence++;
        _version++;
        undo?.Record(table, id, null);
        return row;
    }

    public Row Replace(Row current, string logicalName, Dictionary<string, object> values, UndoLog? undo)
    {
        var table = Table(logicalName);
        values[table.PrimaryIdColumn] = current.Id;
        var row = new Row(current.Id, current.Sequence, ++_version, values);
        undo?.Record(table, current.Id, current);
        table.Put(row);
        return row;
    }

    public void Delete(Row current, string logicalName, UndoLog? undo)
    {
        var table = Table(logicalName);
        undo?.Record(table, current.Id, current);
        table.Remove(current.Id);
    }
}
