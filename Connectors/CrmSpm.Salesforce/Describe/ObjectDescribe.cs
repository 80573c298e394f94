using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Describe;

/// <summary>
/// What <c>GET /sobjects/{type}/describe</c> told us about an object: its name and the fields the integration
/// user can see (describe leaves out fields hidden by field-level security).
/// </summary>
public sealed record ObjectDescribe(string Name, IReadOnlySet<string> Fields)
{
    /// <summary>Composite takes up to 25 subrequests.</summary>
    public const int MaxPerCompositeCall = 25;

    internal static JsonObject CompositeRequest(string dataPath, IEnumerable<string> types) => new()
    {
        ["allOrNone"] = false,
        ["compositeRequest"] = new JsonArray(types.Select((type, i) => (JsonNode)new JsonObject
        {
            ["method"] = "GET",
            ["url"] = $"{dataPath}/sobjects/{Query.Soql.Name(type)}/describe",
            ["referenceId"] = "describe" + i,
        }).ToArray()),
    };

    /// <summary>Reads <c>{"compositeResponse":[{"body","httpStatusCode","referenceId"}]}</c>; a 404 means "no such object".</summary>
    internal static IReadOnlyDictionary<string, ObjectDescribe?> ParseComposite(string body, IReadOnlyList<string> types)
    {
        var responses = (JsonNode.Parse(body) as JsonObject)?["compositeResponse"] as JsonArray
            ?? throw new FormatException("the composite answer has no compositeResponse array");
        var result = new Dictionary<string, ObjectDescribe?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in responses.OfType<JsonObject>())
        {
            var reference = item["referenceId"]?.GetValue<string>() ?? "";
            if (!reference.StartsWith("describe", StringComparison.Ordinal)
                || !int.TryParse(reference.AsSpan("describe".Length), out var index) || index < 0 || index >= types.Count)
            {
                throw new FormatException($"the composite answer has an unknown referenceId '{reference}'");
            }

            var status = item["httpStatusCode"]?.GetValue<int>() ?? 0;
            result[types[index]] = status switch
            {
                200 => Parse(item["body"] as JsonObject ?? throw new FormatException($"the describe of {types[index]} has no body")),
                404 => null,
                _ => throw new FormatException($"the describe of {types[index]} answered {status}: {item["body"]?.ToJsonString()}"),
            };
        }

        var missing = types.FirstOrDefault(t => !result.ContainsKey(t));
        return missing is null ? result : throw new FormatException($"the composite answer has no describe of {missing}");
    }

    private static ObjectDescribe Parse(JsonObject json)
    {
        var fields = json["fields"] as JsonArray ?? throw new FormatException("a describe has no fields array");
        var names = fields.OfType<JsonObject>().Select(f => f["name"]?.GetValue<string>()).OfType<string>();
        return new ObjectDescribe(json["name"]?.GetValue<string>() ?? "", new HashSet<string>(names, StringComparer.OrdinalIgnoreCase));
    }
}
