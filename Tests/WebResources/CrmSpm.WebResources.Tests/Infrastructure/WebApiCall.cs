using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>One call a page made on the fake Xrm.WebApi, as the fake recorded it.</summary>
public sealed record WebApiCall(
    [property: JsonPropertyName("operation")] string Operation,
    [property: JsonPropertyName("entity")] string Entity,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("options")] string? Options,
    [property: JsonPropertyName("data")] JsonObject? Data)
{
    public bool IsRead => Operation is "retrieveRecord" or "retrieveMultipleRecords";

    public static IReadOnlyList<WebApiCall> Parse(string json) =>
        JsonSerializer.Deserialize<List<WebApiCall>>(json) ?? [];
}
