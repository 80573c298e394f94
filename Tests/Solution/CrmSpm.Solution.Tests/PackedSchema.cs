using System.Xml.Linq;

namespace CrmSpm.Solution.Tests;

/// <summary>The tables and columns customizations.xml declares, read the way a generic importer reads them.</summary>
internal sealed class PackedSchema
{
    public sealed record Column(string Table, string Name, string Type, int? MaxLength, double? Min, double? Max, IReadOnlyList<int> Options);

    public sealed record Table(string Name, string? EntitySetName, string? Ownership, bool Custom, IReadOnlyDictionary<string, Column> Columns,
        IReadOnlyList<IReadOnlyList<string>> Keys);

    private PackedSchema(IReadOnlyDictionary<string, Table> tables) => Tables = tables;

    public IReadOnlyDictionary<string, Table> Tables { get; }

    public static PackedSchema Instance { get; } = Read(Repository.Customizations);

    public bool Declares(string table, string column) => Tables.TryGetValue(table, out var t) && t.Columns.ContainsKey(column);

    public Column ColumnOf(string table, string column) => Tables[table].Columns[column];

    /// <summary>Every crmspm_ name the solution declares: tables, columns, entity sets, keys, the custom API and its parameters.</summary>
    public ISet<string> AllNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in Tables.Values)
        {
            names.Add(table.Name);
            if (table.EntitySetName != null) names.Add(table.EntitySetName);
            names.UnionWith(table.Columns.Keys);
        }

        foreach (var path in CrmSpm.SolutionPacker.CrmSpmSolution.CustomApiFiles().Values)
        {
            names.Add((string)path.Root!.Attribute("uniquename")!);
        }

        return names;
    }

    private static PackedSchema Read(XDocument doc)
    {
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var entity in doc.Root!.Element("Entities")!.Elements("Entity"))
        {
            var info = entity.Element("EntityInfo")?.Element("entity");
            if (info == null) continue;
            var name = entity.Element("Name")!.Value.ToLowerInvariant();
            var columns = info.Element("attributes")!.Elements("attribute").Select(a => new Column(
                name,
                a.Element("LogicalName")!.Value,
                a.Element("Type")!.Value,
                (int?)a.Element("MaxLength"),
                (double?)a.Element("MinValue"),
                (double?)a.Element("MaxValue"),
                a.Descendants("option").Select(o => (int)o.Attribute("value")!).ToArray()))
                .ToDictionary(c => c.Name, StringComparer.Ordinal);
            var keys = info.Element("EntityKeys")?.Elements("EntityKey")
                .Select(k => (IReadOnlyList<string>)k.Element("EntityKeyAttributes")!.Elements("AttributeName").Select(x => x.Value).ToArray())
                .ToArray() ?? Array.Empty<IReadOnlyList<string>>();
            tables[name] = new Table(name, (string?)info.Element("EntitySetName"), (string?)info.Element("OwnershipTypeMask"),
                info.Element("OwnershipTypeMask") != null, columns, keys);
        }

        return new PackedSchema(tables);
    }
}
