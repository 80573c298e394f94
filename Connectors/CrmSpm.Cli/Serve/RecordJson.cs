using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Writes a row as the Web API does with <c>Prefer: odata.include-annotations="*"</c>: <c>@odata.etag</c>, each selected
/// column (null when empty), lookups as <c>_x_value</c> with the lookup's table and name, and a
/// <c>@OData.Community.Display.V1.FormattedValue</c> beside choices, yes/no, money, numbers and dates
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api).
/// </summary>
public sealed class RecordJson
{
    public const string Formatted = "@OData.Community.Display.V1.FormattedValue";
    public const string LookupTable = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string ETag = "@odata.etag";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly TableCatalog catalog;
    private readonly OptionLabels labels;
    private readonly Func<EntityReference, string?> nameOf;

    /// <param name="nameOf">The primary name of a referenced row (lookups' formatted value).</param>
    public RecordJson(TableCatalog catalog, OptionLabels labels, Func<EntityReference, string?> nameOf)
    {
        this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        this.labels = labels ?? throw new ArgumentNullException(nameof(labels));
        this.nameOf = nameOf ?? throw new ArgumentNullException(nameof(nameOf));
    }

    /// <summary>The weak ETag of a row's stored values (the org keeps no row version): equal values, equal tags.</summary>
    public static string ETagOf(Entity row)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(Describe(value)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "W/\"" + BitConverter.ToUInt64(hash, 0).ToString(CultureInfo.InvariantCulture) + "\"";
    }

    /// <summary>The row's JSON object: <paramref name="columns"/> in order (all the row has when empty).</summary>
    public JsonObject Write(Entity row, IReadOnlyList<string> columns, string? etag)
    {
        var table = catalog.Require(row.LogicalName);
        var json = new JsonObject();
        if (etag != null)
        {
            json[ETag] = etag;
        }

        var names = columns.Count > 0 ? columns.Select(WebApiNames.ColumnOf).ToList() : row.Attributes.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)).ToList();
        if (!names.Contains(table.PrimaryIdColumn))
        {
            names.Add(table.PrimaryIdColumn);
        }

        foreach (var name in names)
        {
            var definition = table.Column(name);
            row.Attributes.TryGetValue(name, out var value);
            var property = definition is { IsReference: true } ? "_" + name + "_value" : name;
            AddValue(json, property, row.LogicalName, name, value ?? (name == table.PrimaryIdColumn ? row.Id : null));
        }

        foreach (var (name, value) in row.Attributes.Where(a => a.Value is AliasedValue))
        {
            var aliased = (AliasedValue)value;
            AddValue(json, name, aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value);
        }

        return json;
    }

    private void AddValue(JsonObject json, string property, string table, string column, object? value)
    {
        switch (value)
        {
            case null:
                json[property] = null;
                break;
            case EntityReference reference:
                json[property] = reference.Id.ToString("D");
                json[property + Formatted] = reference.Name ?? nameOf(reference);
                json[property + LookupTable] = reference.LogicalName;
                break;
            case OptionSetValue option:
                json[property] = option.Value;
                AddFormatted(json, property, labels.Of(table, column, option.Value));
                break;
            case bool flag:
                json[property] = flag;
                json[property + Formatted] = labels.Of(table, column, flag ? 1 : 0) ?? (flag ? "Yes" : "No");
                break;
            case Money money:
                json[property] = money.Value;
                json[property + Formatted] = money.Value.ToString("C2", English);
                break;
            case DateTime instant:
                var utc = DateTime.SpecifyKind(instant, DateTimeKind.Utc);
                json[property] = utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                json[property + Formatted] = utc.ToString("M/d/yyyy h:mm tt", English);
                break;
            case int or long or decimal or double:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                json[property] = value is double real ? JsonValue.Create(real) : JsonValue.Create(number);
                json[property + Formatted] = number.ToString("#,##0.##", English);
                break;
            case Guid id:
                json[property] = id.ToString("D");
                break;
            default:
                json[property] = Convert.ToString(value, CultureInfo.InvariantCulture);
                break;
        }
    }

    private static void AddFormatted(JsonObject json, string property, string? label)
    {
        if (label != null)
        {
            json[property + Formatted] = label;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "",
        EntityReference reference => reference.LogicalName + ":" + reference.Id.ToString("D"),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        DateTime instant => instant.Ticks.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
