using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CrmSpm.EmbeddedOrg.Metadata;

// The stock tables every new org knows, read from Metadata/Stock/stock-tables.json: Microsoft's Dataverse and
// Dynamics 365 table reference (CC BY 4.0, see Metadata/Stock/README.md), compacted by compact.py beside it.
internal static class StockTables
{
    private const string ResourceName = "CrmSpm.EmbeddedOrg.Metadata.Stock.stock-tables.json";
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static void AddTo(TableCatalog catalog)
    {
        foreach (var table in Document.Value.RootElement.GetProperty("tables").EnumerateArray())
        {
            var definition = ToTable(table);
            catalog.AddOrMerge(definition);
            if (definition.RegardingColumn is { } regarding)
            {
                // Activities (and notes) regarding a record are deleted with it: parental relationships such as
                // Opportunity_Tasks cascade Delete (configure-entity-relationship-cascading-behavior).
                foreach (var target in definition.Column(regarding)!.Targets)
                {
                    catalog.AddRelationship(new RelationshipDefinition($"{target}_{definition.Name}_{regarding}", target, definition.Name, regarding, CascadeType.Cascade));
                }
            }
        }
    }

    private static TableDefinition ToTable(JsonElement table)
    {
        var ownership = Enum.Parse<TableOwnership>(table.GetProperty("own").GetString()!);
        var definition = new TableDefinition(table.GetProperty("n").GetString()!, table.GetProperty("pk").GetString()!, ownership, table.GetProperty("act").GetBoolean())
        {
            SchemaName = table.GetProperty("s").GetString(),
            PrimaryNameColumn = table.TryGetProperty("pn", out var pn) ? pn.GetString() : null,
            RegardingColumn = table.TryGetProperty("reg", out var reg) ? reg.GetString() : null,
        };
        foreach (var column in table.GetProperty("cols").EnumerateArray())
        {
            definition.Add(ToColumn(column));
        }

        return definition;
    }

    private static ColumnDefinition ToColumn(JsonElement c)
    {
        var type = Enum.Parse<ColumnType>(c.GetProperty("t").GetString()!);
        return new ColumnDefinition(c.GetProperty("n").GetString()!, type)
        {
            ValidForCreate = Flag(c, "c"),
            ValidForUpdate = Flag(c, "u"),
            ValidForRead = Flag(c, "r"),
            RequiredOnCreate = c.TryGetProperty("rq", out var rq) && rq.GetInt32() == 1,
            MaxLength = c.TryGetProperty("ml", out var ml) ? (int)Math.Min(ml.GetDouble(), int.MaxValue) : null,
            MinValue = c.TryGetProperty("min", out var min) ? (decimal)min.GetDouble() : null,
            MaxValue = c.TryGetProperty("max", out var max) ? (decimal)max.GetDouble() : null,
            Targets = c.TryGetProperty("tg", out var tg) ? tg.EnumerateArray().Select(t => t.GetString()!).ToArray() : Array.Empty<string>(),
            Options = c.TryGetProperty("o", out var o) ? o.EnumerateArray().Select(v => v.GetInt32()).ToHashSet() : null,
            StateOptions = c.TryGetProperty("st", out var st) ? st.EnumerateArray().ToDictionary(p => p[0].GetInt32(), p => p[1].GetInt32()) : null,
        };
    }

    private static bool Flag(JsonElement c, string name) => !c.TryGetProperty(name, out var value) || value.GetInt32() != 0;

    private static JsonDocument Load()
    {
        using var stream = typeof(StockTables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return JsonDocument.Parse(stream);
    }
}
