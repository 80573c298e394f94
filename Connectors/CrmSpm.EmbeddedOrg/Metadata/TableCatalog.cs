using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;

namespace CrmSpm.EmbeddedOrg.Metadata;

// The org's metadata: tables (stock ones from Microsoft's reference, then solutions and code on top), their
// alternate keys and one-to-many relationships. Nothing is stored or queried that this catalog does not declare.
// Changes happen under the org's lock; reads happen on every call and stay dictionary lookups.
public sealed class TableCatalog
{
    private readonly Dictionary<string, TableDefinition> _tables = new(StringComparer.Ordinal);
    private readonly List<RelationshipDefinition> _relationships = new();
    private readonly Dictionary<string, List<RelationshipDefinition>> _byReferenced = new(StringComparer.Ordinal);

    public IReadOnlyCollection<TableDefinition> Tables => _tables.Values;

    public IReadOnlyList<RelationshipDefinition> Relationships => _relationships;

    public TableDefinition? Find(string table) => _tables.TryGetValue(table, out var definition) ? definition : null;

    // Web service error QueryBuilderNoEntity for a table the org does not know.
    public TableDefinition Require(string table) => Find(table) ?? throw OrgFaults.NoEntity(table);

    public ColumnDefinition RequireColumn(string table, string column) =>
        Require(table).Column(column) ?? throw OrgFaults.NoAttribute(table, column);

    // Adds a table, or merges the columns and keys of a definition with the same name into the known one.
    public TableDefinition AddOrMerge(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!_tables.TryGetValue(table.Name, out var known))
        {
            _tables[table.Name] = table;
            return table;
        }

        foreach (var column in table.Columns)
        {
            known.Add(column);
        }

        foreach (var key in table.AlternateKeys)
        {
            DefineAlternateKey(known.Name, key);
        }

        return known;
    }

    public void AddRelationship(RelationshipDefinition relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        _relationships.RemoveAll(r => r.Name == relationship.Name);
        _relationships.Add(relationship);
        _byReferenced.Clear();
        foreach (var r in _relationships)
        {
            if (!_byReferenced.TryGetValue(r.ReferencedTable, out var list))
            {
                _byReferenced[r.ReferencedTable] = list = new List<RelationshipDefinition>();
            }

            list.Add(r);
        }
    }

    public IReadOnlyList<RelationshipDefinition> RelationshipsTo(string referencedTable) =>
        _byReferenced.TryGetValue(referencedTable, out var list) ? list : Array.Empty<RelationshipDefinition>();

    // The intersect table of a many-to-many relationship: one row per associated pair ({table}id columns, or
    // {table}idone/{table}idtwo when a table relates to itself).
    public TableDefinition DefineManyToMany(string schemaName, string table1, string table2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaName);
        Require(table1);
        Require(table2);
        var intersect = new TableDefinition(schemaName, schemaName + "id", TableOwnership.None);
        intersect.Add(new ColumnDefinition(intersect.PrimaryIdColumn, ColumnType.Uniqueidentifier));
        var (from, to) = table1 == table2 ? (table1 + "idone", table2 + "idtwo") : (table1 + "id", table2 + "id");
        intersect.Add(new ColumnDefinition(from, ColumnType.Uniqueidentifier), new ColumnDefinition(to, ColumnType.Uniqueidentifier));
        foreach (var audit in new[] { ColumnNames.CreatedOn, ColumnNames.ModifiedOn })
        {
            intersect.Add(new ColumnDefinition(audit, ColumnType.DateTime) { ValidForCreate = false, ValidForUpdate = false });
        }

        foreach (var audit in new[] { ColumnNames.CreatedBy, ColumnNames.ModifiedBy })
        {
            intersect.Add(new ColumnDefinition(audit, ColumnType.Lookup) { Targets = new[] { TableNames.SystemUser }, ValidForCreate = false, ValidForUpdate = false });
        }

        return AddOrMerge(intersect);
    }

    public string PrimaryIdColumn(string table) => Require(table).PrimaryIdColumn;

    public void DefineAlternateKey(string table, IEnumerable<string> columns)
    {
        var definition = Require(table);
        var list = columns?.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? Array.Empty<string>();
        if (list.Length == 0)
        {
            throw new ArgumentException($"An alternate key of '{table}' needs at least one column.", nameof(columns));
        }

        foreach (var column in list)
        {
            RequireColumn(table, column);
        }

        if (!definition.AlternateKeys.Any(k => SameColumns(k, list)))
        {
            definition.AddKey(list);
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> AlternateKeys(string table) =>
        Find(table)?.AlternateKeys ?? Array.Empty<IReadOnlyList<string>>();

    // Dataverse only resolves KeyAttributes that exactly form a defined key of the table.
    public bool IsAlternateKey(string table, IEnumerable<string> columns)
    {
        var given = columns.ToArray();
        return AlternateKeys(table).Any(key => SameColumns(key, given));
    }

    private static bool SameColumns(IReadOnlyCollection<string> left, IReadOnlyCollection<string> right) =>
        left.Count == right.Count && left.All(right.Contains);
}
