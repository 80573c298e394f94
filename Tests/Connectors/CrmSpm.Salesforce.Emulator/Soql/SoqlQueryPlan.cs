using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Emulator.Soql;

/// <summary>A parsed SELECT: what to read, which rows, in which order.</summary>
public sealed record SoqlQueryPlan(
    string Type,
    IReadOnlyList<string> Fields,
    Func<JsonObject, bool> Filter,
    IReadOnlyList<(string Field, bool Descending)> OrderBy,
    int? Limit);
