using System;
using System.Globalization;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Json;

namespace CrmSpm.Salesforce.Query;

/// <summary>
/// One record of a query result with typed getters. A value of the wrong type is an error naming the record
/// and the field, never a silent default; a missing or null field reads as null.
/// </summary>
public sealed class SObjectRecord
{
    public SObjectRecord(JsonObject fields)
    {
        Fields = fields;
    }

    public JsonObject Fields { get; }

    /// <summary><c>attributes.type</c>, e.g. "Opportunity" (every record has it, aggregates too).</summary>
    public string? Type => Fields["attributes"]?["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : null;

    public string? Id => GetString("Id");

    public string RequireId() => Id ?? throw new FormatException($"A {Type ?? "record"} in the query result has no Id.");

    /// <summary>Reads a field; a dotted path (e.g. <c>Owner.Name</c>) follows parent relationships.</summary>
    public JsonNode? Get(string path)
    {
        if (path.IndexOf('.') < 0)
        {
            return Fields[path];
        }

        JsonNode? node = Fields;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public string? GetString(string field) => Get(field) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw WrongType(field, "text", other),
    };

    public bool GetBoolean(string field) => Get(field) switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        var other => throw WrongType(field, "a checkbox", other),
    };

    public decimal? GetDecimal(string field) => Get(field) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<decimal>(out var number) => number,
        var other => throw WrongType(field, "a number", other),
    };

    public DateTimeOffset? GetDateTime(string field)
    {
        var text = GetString(field);
        if (text is null)
        {
            return null;
        }

        return SalesforceDateTime.TryParse(text, out var value)
            ? value
            : throw new FormatException($"{Describe()}: field {field} is not a dateTime: '{text}'.");
    }

    /// <summary>A date field (<c>YYYY-MM-DD</c>) as midnight UTC.</summary>
    public DateTimeOffset? GetDate(string field)
    {
        var text = GetString(field);
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new FormatException($"{Describe()}: field {field} is not a date: '{text}'.");
    }

    public override string ToString() => Describe();

    private FormatException WrongType(string field, string expected, JsonNode other) =>
        new($"{Describe()}: field {field} should be {expected} but is {other.ToJsonString()}.");

    private string Describe() => $"{Type ?? "record"} {Fields["Id"]?.ToString() ?? "(no Id)"}";
}
