using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Reads a create or update body (a JSON object of column values; lookups as <c>x@odata.bind: "/sets(id)"</c>) into an
/// <see cref="Entity"/> typed by the table's metadata, as
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api describes.
/// </summary>
public static partial class RecordBody
{
    private const string Bind = "@odata.bind";

    public static Entity Read(TableDefinition table, Guid id, string body)
    {
        ArgumentNullException.ThrowIfNull(table);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw WebApiException.BadRequest("The request body is not a JSON object.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw WebApiException.BadRequest("The request body is not a JSON object.");
            }

            var entity = new Entity(table.Name, id);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.EndsWith(Bind, StringComparison.Ordinal))
                {
                    var column = property.Name[..^Bind.Length];
                    entity[column] = Reference(table, column, property.Value);
                    continue;
                }

                if (property.Name.StartsWith('@') || property.Name.Contains('@', StringComparison.Ordinal))
                {
                    continue; // annotations a client echoes back are not values
                }

                var definition = table.Column(property.Name)
                    ?? throw WebApiException.BadRequest($"Invalid property '{property.Name}' was found in entity 'Microsoft.Dynamics.CRM.{table.Name}'.");
                entity[property.Name] = Value(definition, property.Value);
            }

            return entity;
        }
    }

    private static EntityReference? Reference(TableDefinition table, string column, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var match = value.ValueKind == JsonValueKind.String ? BindPath().Match(value.GetString()!) : Match.Empty;
        var target = match.Success ? WebApiNames.TableOfSet(match.Groups[1].Value) : null;
        if (target == null || table.Column(column) is not { IsReference: true })
        {
            throw WebApiException.BadRequest($"'{column}@odata.bind' must name a served entity set and id, like /accounts(00000000-0000-0000-0000-000000000001).");
        }

        return new EntityReference(target, Guid.Parse(match.Groups[2].Value));
    }

    private static object? Value(ColumnDefinition column, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var invalid = WebApiException.BadRequest($"Cannot convert the value of '{column.Name}' to the column's type ({column.Type}).");
        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => value.ValueKind == JsonValueKind.String ? value.GetString() : throw invalid,
                ColumnType.Boolean => value.GetBoolean(),
                ColumnType.Integer => value.GetInt32(),
                ColumnType.BigInt => value.GetInt64(),
                ColumnType.Decimal => value.GetDecimal(),
                ColumnType.Double => value.GetDouble(),
                ColumnType.Money => new Money(value.GetDecimal()),
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(value.GetInt32()),
                ColumnType.DateTime => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnType.Uniqueidentifier => value.GetGuid(),
                _ => throw WebApiException.BadRequest($"Setting '{column.Name}' ({column.Type}) is not supported here."),
            };
        }
        catch (Exception problem) when (problem is InvalidOperationException or FormatException or ArgumentNullException)
        {
            throw invalid;
        }
    }

    [GeneratedRegex(@"^/?([A-Za-z_]+)\(([0-9A-Fa-f-]{36})\)$")]
    private static partial Regex BindPath();
}
