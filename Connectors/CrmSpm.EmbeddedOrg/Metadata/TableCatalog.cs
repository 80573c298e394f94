using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.EmbeddedOrg.Metadata;

// What the org knows about tables without full metadata: primary key column, default status and alternate keys.
public sealed class TableCatalog
{
    // Activity tables share activitypointer: their primary key column is "activityid", not "{table}id".
    private static readonly HashSet<string> ActivityTables = new(StringComparer.Ordinal)
    {
        "task", "phonecall", "email", "appointment", "letter", "fax", "opportunityclose", "activitypointer",
    };

    // Default statuscode of the Open/Active state (statecode 0) where it is not 1: task "Not Started" = 2.
    private static readonly Dictionary<string, int> ActiveStatusOverrides = new(StringComparer.Ordinal)
    {
        ["task"] = 2,
    };

    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _alternateKeys = new(StringComparer.Ordinal);

    public string PrimaryIdColumn(string table)
    {
        return ActivityTables.Contains(table) ? ColumnNames.ActivityId : table + "id";
    }

    public int DefaultActiveStatus(string table)
    {
        return ActiveStatusOverrides.TryGetValue(table, out var status) ? status : 1;
    }

    public void DefineAlternateKey(string table, IEnumerable<string> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var list = columns?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? Array.Empty<string>();
        if (list.Length == 0)
        {
            throw new ArgumentException($"An alternate key of '{table}' needs at least one column.", nameof(columns));
        }

        _alternateKeys.AddOrUpdate(
            table,
            _ => new[] { list },
            (_, keys) => keys.Any(k => SameColumns(k, list)) ? keys : keys.Append(list).ToArray());
    }

    public IReadOnlyList<IReadOnlyList<string>> AlternateKeys(string table)
    {
        return _alternateKeys.TryGetValue(table, out var keys) ? keys : Array.Empty<IReadOnlyList<string>>();
    }

    // Dataverse only resolves KeyAttributes that exactly form a defined key of the table.
    public bool IsAlternateKey(string table, IEnumerable<string> columns)
    {
        var given = columns.ToArray();
        return AlternateKeys(table).Any(key => SameColumns(key, given));
    }

    private static bool SameColumns(IReadOnlyCollection<string> left, IReadOnlyCollection<string> right) =>
        left.Count == right.Count && left.All(right.Contains);
}
