using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>
/// <c>GET /sobjects/{type}/describe</c> and <c>POST /composite</c> holding such GETs. Composite counts as one API
/// call and takes up to 25 subrequests; each answers with its own status and body
/// (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-composite-post.html).
/// </summary>
internal sealed class DescribeHandler
{
    private const int MaxSubrequests = 25;
    private static readonly Regex DescribePath = new("^/services/data/v\\d+\\.\\d+/sobjects/([A-Za-z0-9_]+)/describe/?$", RegexOptions.CultureInvariant);

    private readonly EmulatorStore _store;
    private readonly EmulatorStats _stats;

    public DescribeHandler(EmulatorStore store, EmulatorStats stats)
    {
        _store = store;
        _stats = stats;
    }

    public Task DescribeAsync(HttpContext context, string type)
    {
        var (status, body) = Describe(type);
        return Wire.WriteJsonAsync(context, status, body);
    }

    public async Task CompositeAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        if (body?["compositeRequest"] is not JsonArray requests)
        {
            await Wire.WriteErrorAsync(context, 400, "JSON_PARSER_ERROR", "The request body must contain a compositeRequest array.");
            return;
        }

        if (requests.Count > MaxSubrequests)
        {
            await Wire.WriteErrorAsync(context, 400, "INVALID_BATCH_REQUEST", "Composite request can't have more than 25 subrequests.");
            return;
        }

        var responses = new JsonArray();
        foreach (var request in requests.OfType<JsonObject>())
        {
            var url = request["url"]?.ToString() ?? "";
            var (status, result) = request["method"]?.ToString() == "GET" && DescribePath.Match(url) is { Success: true } match
                ? Describe(match.Groups[1].Value)
                : (400, Wire.Errors(("NOT_SUPPORTED", "The emulator's composite resource answers sObject describes only.")));
            responses.Add(new JsonObject
            {
                ["body"] = result,
                ["httpHeaders"] = new JsonObject(),
                ["httpStatusCode"] = status,
                ["referenceId"] = request["referenceId"]?.DeepClone(),
            });
        }

        await Wire.WriteJsonAsync(context, 200, new JsonObject { ["compositeResponse"] = responses });
    }

    private (int Status, JsonNode Body) Describe(string type)
    {
        _stats.CountDescribe();
        var schema = _store.Schema;
        if (!schema.IsKnownObject(type))
        {
            return (404, Wire.Errors(("NOT_FOUND", "The requested resource does not exist")));
        }

        var name = schema.CanonicalName(type);
        var fields = schema.Fields(name).Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Key,
            ["type"] = f.Value == "custom" ? "string" : f.Value,
            ["custom"] = f.Key.EndsWith("__c", StringComparison.Ordinal),
        }).ToArray();
        return (200, new JsonObject
        {
            ["name"] = name,
            ["keyPrefix"] = schema.KeyPrefix(name),
            ["custom"] = name.EndsWith("__c", StringComparison.Ordinal),
            ["queryable"] = true,
            ["fields"] = new JsonArray(fields),
        });
    }
}
