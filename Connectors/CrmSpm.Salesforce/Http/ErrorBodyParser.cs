using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrmSpm.Salesforce.Http;

/// <summary>
/// Turns an error body into <see cref="SalesforceError"/>s. REST errors are an array of
/// <c>{"message","errorCode","fields"}</c>; collection items carry <c>statusCode</c> instead of
/// <c>errorCode</c>. Anything that is not JSON (an HTML maintenance page, a proxy error) becomes one
/// <see cref="SalesforceErrorCodes.NonJsonResponse"/> error instead of a parser crash.
/// </summary>
internal static class ErrorBodyParser
{
    private const int SnippetLength = 200;

    public static IReadOnlyList<SalesforceError> Parse(int statusCode, string? contentType, string body)
    {
        JsonNode? node = null;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                node = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                node = null;
            }
        }

        if (node is null)
        {
            return string.IsNullOrWhiteSpace(body)
                ? Array.Empty<SalesforceError>()
                : new[] { NonJson(statusCode, contentType, body) };
        }

        return node switch
        {
            JsonArray array => array.OfType<JsonObject>().Select(FromObject).ToList(),
            JsonObject single => new[] { FromObject(single) },
            _ => new[] { NonJson(statusCode, contentType, body) },
        };
    }

    public static SalesforceError FromObject(JsonObject item)
    {
        var code = ReadString(item, "errorCode") ?? ReadString(item, "statusCode") ?? ReadString(item, "error") ?? "UNKNOWN";
        var message = ReadString(item, "message") ?? ReadString(item, "error_description") ?? string.Empty;
        var fields = item["fields"] is JsonArray array
            ? array.Select(f => f?.GetValue<string>() ?? string.Empty).Where(f => f.Length > 0).ToList()
            : new List<string>();
        return new SalesforceError(code, message, fields);
    }

    /// <summary>The first error code of a body, without building the full list (used by the retry check).</summary>
    public static bool ContainsErrorCode(RawResponse response, string code) =>
        response.Body.IndexOf(code, StringComparison.Ordinal) >= 0
        && Parse(response.StatusCode, response.ContentType, response.Body).Any(e => e.Code == code);

    private static SalesforceError NonJson(int statusCode, string? contentType, string body)
    {
        var title = Regex.Match(body, "<title>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
        var text = title.Success ? title.Groups[1].Value : Regex.Replace(body, "<[^>]+>", " ");
        text = Regex.Replace(text, @"\s+", " ").Trim();
        if (text.Length > SnippetLength)
        {
            text = text.Substring(0, SnippetLength) + "…";
        }

        return new SalesforceError(SalesforceErrorCodes.NonJsonResponse,
            $"HTTP {statusCode} returned {contentType ?? "no content type"} instead of JSON: {text}", Array.Empty<string>());
    }

    private static string? ReadString(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
