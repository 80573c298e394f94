using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Metadata;

// What the org enforces about one column: type, length, range, choices, state/status pairs, lookup targets and
// whether Create, Update and Retrieve may use it (AttributeMetadata IsValidForCreate/Update/Read).
public sealed class ColumnDefinition
{
    private HashSet<string>? _targets;

    public ColumnDefinition(string name, ColumnType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public ColumnType Type { get; }

    public int? MaxLength { get; init; }

    public decimal? MinValue { get; init; }

    public decimal? MaxValue { get; init; }

    // Picklist / MultiSelectPicklist values; null for other types.
    public IReadOnlySet<int>? Options { get; init; }

    // State columns: state value → default status. Status columns: status value → its state.
    public IReadOnlyDictionary<int, int>? StateOptions { get; init; }

    // Lookup, Owner, Customer, PartyList: the tables a reference may point at.
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    // Regarding columns list some thirty targets: a set answers in one lookup.
    internal bool AllowsTarget(string table) => (_targets ??= new HashSet<string>(Targets, StringComparer.Ordinal)).Contains(table);

    public bool ValidForCreate { get; init; } = true;

    public bool ValidForUpdate { get; init; } = true;

    public bool ValidForRead { get; init; } = true;

    // SystemRequired with no value the platform supplies (AttributeRequiredLevel.SystemRequired): a Create must set
    // it. ApplicationRequired ("business required") is checked by forms, not by the API, so it is not modelled.
    public bool RequiredOnCreate { get; init; }

    public bool IsReference => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;

    public static ColumnDefinition Text(string name, int maxLength) => new(name, ColumnType.String) { MaxLength = maxLength };

    public static ColumnDefinition Memo(string name, int maxLength) => new(name, ColumnType.Memo) { MaxLength = maxLength };

    public static ColumnDefinition Lookup(string name, params string[] targets) => new(name, ColumnType.Lookup) { Targets = targets };

    public static ColumnDefinition WholeNumber(string name, int min = int.MinValue, int max = int.MaxValue) =>
        new(name, ColumnType.Integer) { MinValue = min, MaxValue = max };

    public static ColumnDefinition Choice(string name, params int[] options) => new(name, ColumnType.Picklist) { Options = new HashSet<int>(options) };
}
