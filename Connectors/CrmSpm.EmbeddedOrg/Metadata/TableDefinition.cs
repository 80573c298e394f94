using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Metadata;

// A table's metadata: names, ownership, whether it is an activity, its columns and alternate keys.
public sealed class TableDefinition
{
    private readonly Dictionary<string, ColumnDefinition> _columns = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> _keys = new();
    private TableShape? _shape;

    public TableDefinition(string name, string primaryIdColumn, TableOwnership ownership = TableOwnership.UserOwned, bool isActivity = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryIdColumn);
        Name = name;
        PrimaryIdColumn = primaryIdColumn;
        Ownership = ownership;
        IsActivity = isActivity;
    }

    public string Name { get; }

    public string? SchemaName { get; init; }

    public string PrimaryIdColumn { get; }

    public string? PrimaryNameColumn { get; init; }

    public TableOwnership Ownership { get; }

    public bool IsActivity { get; }

    // The regarding column of an activity (regardingobjectid), whose targets follow relationship metadata.
    public string? RegardingColumn { get; init; }

    public IReadOnlyCollection<ColumnDefinition> Columns => _columns.Values;

    public IReadOnlyList<IReadOnlyList<string>> AlternateKeys => _keys;

    public ColumnDefinition? Column(string name) => _columns.TryGetValue(name, out var column) ? column : null;

    internal TableShape Shape => _shape ??= new TableShape(this);

    // Adds or replaces a column (a solution layer replaces the stock definition of the same name).
    public TableDefinition Add(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        _columns[column.Name] = column;
        _shape = null;
        return this;
    }

    public TableDefinition Add(params ColumnDefinition[] columns)
    {
        foreach (var column in columns)
        {
            Add(column);
        }

        return this;
    }

    internal void AddKey(IReadOnlyList<string> columns) => _keys.Add(columns);
}
