using System.Text.Json;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The stock tables' columns and messages as transcribed from Microsoft's table reference into the repository: the
/// columns from Connectors/CrmSpm.EmbeddedOrg/Metadata/Stock/stock-tables.json (source and licence in its README), the
/// messages from Data/stock-table-messages.json (source per table and licence inside).
/// </summary>
internal static class StockMetadata
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Repository.PathOf("Connectors", "CrmSpm.EmbeddedOrg", "Metadata", "Stock", "stock-tables.json"))));

    private static readonly Lazy<IReadOnlyDictionary<string, ISet<string>>> Columns = new(Read);

    public static IEnumerable<string> Tables => Columns.Value.Keys;

    private static readonly Lazy<IReadOnlyDictionary<string, ISet<string>>> Messages = new(ReadMessages);

    public static bool Declares(string table, string column) => Columns.Value.TryGetValue(table, out var columns) && columns.Contains(column);

    /// <summary>The messages the table reference lists for <paramref name="table"/> (empty for a table not transcribed).</summary>
    public static ISet<string> MessagesOf(string table) =>
        Messages.Value.TryGetValue(table, out var messages) ? messages : new HashSet<string>();

    private static IReadOnlyDictionary<string, ISet<string>> ReadMessages()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "stock-table-messages.json")));
        return json.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("table").GetString()!,
            t => (ISet<string>)t.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The max length Microsoft's reference gives a stock text column, or null.</summary>
    public static int? MaxLengthOf(string table, string column) =>
        Document.Value.RootElement.GetProperty("tables").EnumerateArray()
            .Where(t => t.GetProperty("n").GetString() == table)
            .SelectMany(t => t.GetProperty("cols").EnumerateArray())
            .Where(c => c.GetProperty("n").GetString() == column && c.TryGetProperty("ml", out _))
            .Select(c => (int?)c.GetProperty("ml").GetInt32())
            .FirstOrDefault();

    private static IReadOnlyDictionary<string, ISet<string>> Read()
    {
        return Document.Value.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("n").GetString()!,
            t => (ISet<string>)t.GetProperty("cols").EnumerateArray().Select(c => c.GetProperty("n").GetString()!).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
