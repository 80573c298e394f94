using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Collections;

/// <summary>Outcome of a single upsert by external id.</summary>
public sealed record ExternalIdUpsertResult(string? Id, bool Created, IReadOnlyList<string> MultipleMatches)
{
    public bool IsAmbiguous => MultipleMatches.Count > 0;

    internal static ExternalIdUpsertResult From(int statusCode, string body)
    {
        if (statusCode == 300)
        {
            // The body lists the matching records' URLs: ["/services/data/v23.0/sobjects/Whizbang/foo", …].
            var urls = JsonNode.Parse(body) as JsonArray;
            return new ExternalIdUpsertResult(null, false,
                urls?.Select(u => u?.GetValue<string>() ?? string.Empty).ToList() ?? new List<string>());
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return new ExternalIdUpsertResult(null, statusCode == 201, Array.Empty<string>());
        }

        var json = JsonNode.Parse(body) as JsonObject;
        var created = json?["created"] is JsonValue flag && flag.TryGetValue<bool>(out var value) ? value : statusCode == 201;
        return new ExternalIdUpsertResult(json?["id"]?.GetValue<string>(), created, Array.Empty<string>());
    }
}
