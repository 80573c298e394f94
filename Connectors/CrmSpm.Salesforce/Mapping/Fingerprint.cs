using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>
/// A short hash of the fields we would write; equal hashes mean there is nothing to send. Hashed in a canonical
/// form (object keys in ordinal order at every depth, numbers in their shortest round-trip spelling, JSON held in
/// a text field such as CrmSpm_Details__c canonicalised too), so key order or "2.50" against "2.5" never
/// counts as a change.
/// </summary>
public static class Fingerprint
{
    public static string Of(JsonObject fields) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(fields))), 0, 12);

    public static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject json:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in json.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            default:
                WriteValue((JsonValue)node, text);
                break;
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        var element = JsonSerializer.SerializeToElement(value);
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                text.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String when element.GetString() is { } s && s.StartsWith('{') && TryParse(s) is JsonObject embedded:
                // A JSON document stored in a text field (scorecard details, tip evidence).
                text.Append("json:");
                Write(embedded, text);
                break;
            case JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(element.GetString()));
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
