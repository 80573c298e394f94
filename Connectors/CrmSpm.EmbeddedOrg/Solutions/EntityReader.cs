using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.EmbeddedOrg.Metadata;

namespace CrmSpm.EmbeddedOrg.Solutions;

// One Entities/Entity element: the table (EntityInfo/entity) and its attributes and keys.
internal static class EntityReader
{
    private static readonly Dictionary<string, ColumnType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nvarchar"] = ColumnType.String, ["ntext"] = ColumnType.Memo, ["memo"] = ColumnType.Memo,
        ["int"] = ColumnType.Integer, ["bigint"] = ColumnType.BigInt, ["decimal"] = ColumnType.Decimal,
        ["float"] = ColumnType.Double, ["money"] = ColumnType.Money, ["datetime"] = ColumnType.DateTime,
        ["bit"] = ColumnType.Boolean, ["picklist"] = ColumnType.Picklist, ["multiselectpicklist"] = ColumnType.MultiSelectPicklist,
        ["state"] = ColumnType.State, ["status"] = ColumnType.Status, ["lookup"] = ColumnType.Lookup,
        ["owner"] = ColumnType.Owner, ["customer"] = ColumnType.Customer, ["partylist"] = ColumnType.PartyList,
        ["primarykey"] = ColumnType.Uniqueidentifier, ["uniqueidentifier"] = ColumnType.Uniqueidentifier,
        ["entityname"] = ColumnType.EntityName, ["image"] = ColumnType.Image, ["file"] = ColumnType.File,
        ["virtual"] = ColumnType.Virtual,
    };

    public static TableDefinition Read(XElement entity, TableCatalog catalog, IReadOnlyDictionary<string, XElement> globalOptions, IReadOnlyDictionary<(string, string), List<string>> targets)
    {
        var info = entity.Element("EntityInfo")?.Element("entity") ?? throw new ArgumentException("An Entity has no EntityInfo/entity element.");
        var schemaName = entity.Element("Name")?.Value ?? info.Attribute("Name")?.Value ?? throw new ArgumentException("An Entity has no Name.");
        var name = CustomizationsImporter.Logical(schemaName);
        var attributes = info.Element("attributes")?.Elements("attribute").ToList() ?? new List<XElement>();
        var known = catalog.Find(name);
        TableDefinition table;
        if (known != null)
        {
            // A stock table in the solution: its new columns are added to what the org knows.
            table = new TableDefinition(name, known.PrimaryIdColumn, known.Ownership, known.IsActivity);
        }
        else
        {
            var isActivity = info.Element("IsActivity")?.Value == "1";
            var ownership = Ownership(info.Element("OwnershipTypeMask")?.Value);
            var primaryKey = attributes.FirstOrDefault(a => string.Equals(a.Element("Type")?.Value, "primarykey", StringComparison.OrdinalIgnoreCase));
            var primaryId = primaryKey != null ? ColumnName(primaryKey) : isActivity ? ColumnNames.ActivityId : name + "id";
            table = StandardColumns.AddTo(new TableDefinition(name, primaryId, ownership, isActivity) { SchemaName = schemaName, RegardingColumn = isActivity ? "regardingobjectid" : null });
        }

        foreach (var attribute in attributes)
        {
            if (ToColumn(name, attribute, globalOptions, targets) is { } column)
            {
                table.Add(column);
            }
        }

        return table;
    }

    // OwnershipTypeMask as exports write it: UserOwned, OrgOwned, BusinessOwned, None.
    private static TableOwnership Ownership(string? mask) => mask?.Trim() switch
    {
        "OrgOwned" or "OrganizationOwned" => TableOwnership.OrganizationOwned,
        "BusinessOwned" => TableOwnership.BusinessOwned,
        "None" => TableOwnership.None,
        _ => TableOwnership.UserOwned,
    };

    public static void ReadKeys(XElement entity, TableCatalog catalog)
    {
        var name = CustomizationsImporter.Logical(entity.Element("Name")?.Value ?? entity.Element("EntityInfo")?.Element("entity")?.Attribute("Name")?.Value);
        foreach (var key in entity.Descendants("EntityKey"))
        {
            var columns = key.Element("EntityKeyAttributes")?.Elements("AttributeName").Select(a => CustomizationsImporter.Logical(a.Value)).ToArray() ?? Array.Empty<string>();
            if (columns.Length > 0)
            {
                catalog.DefineAlternateKey(name, columns);
            }
        }
    }

    private static string ColumnName(XElement attribute) =>
        CustomizationsImporter.Logical(attribute.Element("LogicalName")?.Value ?? attribute.Element("Name")?.Value ?? attribute.Attribute("PhysicalName")?.Value);

    private static ColumnDefinition? ToColumn(string table, XElement attribute, IReadOnlyDictionary<string, XElement> globalOptions, IReadOnlyDictionary<(string, string), List<string>> targets)
    {
        var typeName = attribute.Element("Type")?.Value ?? string.Empty;
        if (!Types.TryGetValue(typeName, out var type))
        {
            throw new ArgumentException($"Attribute {ColumnName(attribute)} of {table} has the unknown type '{typeName}'.");
        }

        var name = ColumnName(attribute);
        var optionSet = attribute.Element("optionset");
        if (attribute.Element("OptionSetName")?.Value is { Length: > 0 } global && globalOptions.TryGetValue(global, out var shared))
        {
            optionSet = shared;
        }

        return new ColumnDefinition(name, type)
        {
            MaxLength = Int(attribute, "MaxLength"),
            MinValue = Number(attribute, "MinValue"),
            MaxValue = Number(attribute, "MaxValue"),
            ValidForCreate = attribute.Element("ValidForCreateApi")?.Value != "0",
            ValidForUpdate = attribute.Element("ValidForUpdateApi")?.Value != "0",
            ValidForRead = attribute.Element("ValidForReadApi")?.Value != "0",
            // Same rule as the stock tables (Metadata/Stock/compact.py): the platform fills keys, owner and state.
            RequiredOnCreate = attribute.Element("RequiredLevel")?.Value == "systemrequired"
                && type is ColumnType.String or ColumnType.Memo or ColumnType.Lookup or ColumnType.Customer,
            Options = type is ColumnType.Picklist or ColumnType.MultiSelectPicklist
                ? optionSet?.Element("options")?.Elements("option").Select(o => int.Parse(o.Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()
                : null,
            StateOptions = type switch
            {
                ColumnType.State => optionSet?.Element("states")?.Elements("state").ToDictionary(s => IntAttr(s, "value"), s => IntAttr(s, "defaultstatus")),
                ColumnType.Status => optionSet?.Element("statuses")?.Elements("status").ToDictionary(s => IntAttr(s, "value"), s => IntAttr(s, "state")),
                _ => null,
            },
            Targets = type == ColumnType.Owner
                ? new[] { TableNames.SystemUser, TableNames.Team }
                : targets.TryGetValue((table, name), out var list) ? list.Distinct().ToArray() : Array.Empty<string>(),
        };
    }

    private static int IntAttr(XElement element, string name) =>
        int.Parse(element.Attribute(name)?.Value ?? throw new ArgumentException($"<{element.Name}> has no {name}."), System.Globalization.CultureInfo.InvariantCulture);

    private static int? Int(XElement attribute, string name) =>
        int.TryParse(attribute.Element(name)?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? Number(XElement attribute, string name) =>
        decimal.TryParse(attribute.Element(name)?.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
