using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Query;

/// <summary>One page of a query: <c>{"totalSize","done","nextRecordsUrl","records"}</c>.</summary>
public sealed record QueryPage(long TotalSize, bool Done, string? NextRecordsUrl, IReadOnlyList<SObjectRecord> Records)
{
    public static QueryPage Parse(string body)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException exception)
        {
            throw new FormatException("The query response is not JSON.", exception);
        }

        if (json is null || json["done"] is not JsonValue doneValue || !doneValue.TryGetValue<bool>(out var done)
            || json["records"] is not JsonArray records)
        {
            throw new FormatException("The query response has no 'done' flag or no 'records' array.");
        }

        var next = json["nextRecordsUrl"]?.GetValue<string>();
        if (!done && string.IsNullOrEmpty(next))
        {
            throw new FormatException("The query response says more records follow but gives no nextRecordsUrl.");
        }

        // Following an absolute URL would send our token to whatever host it names.
        if (next is not null && !next.StartsWith("/services/data/", StringComparison.Ordinal))
        {
            throw new FormatException($"nextRecordsUrl '{next}' is not a path on the Salesforce instance.");
        }

        var total = json["totalSize"] is JsonValue size && size.TryGetValue<long>(out var count) ? count : records.Count;
        return new QueryPage(total, done, done ? null : next,
            records.OfType<JsonObject>().Select(r => new SObjectRecord(r)).ToList());
    }
}
