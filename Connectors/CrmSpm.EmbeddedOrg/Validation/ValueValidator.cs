using System;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Validation;

// One value against its column's metadata: CLR type per column type, max length, numeric range, choice values
// and lookup targets. Codes and texts: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
internal static class ValueValidator
{
    public static void Check(TableCatalog catalog, string table, ColumnDefinition column, object value)
    {
        switch (column.Type)
        {
            case ColumnType.String or ColumnType.Memo or ColumnType.EntityName:
                var text = value as string ?? throw OrgFaults.WrongType(column.Name, "System.String", value);
                if (column.MaxLength is { } max && text.Length > max)
                {
                    throw OrgFaults.TooLong(table, column.Name, max);
                }

                break;
            case ColumnType.Integer:
                Range(table, column, value is int i ? i : throw OrgFaults.WrongType(column.Name, "System.Int32", value));
                break;
            case ColumnType.BigInt:
                Range(table, column, value is long l ? l : throw OrgFaults.WrongType(column.Name, "System.Int64", value));
                break;
            case ColumnType.Decimal:
                Range(table, column, value is decimal d ? d : throw OrgFaults.WrongType(column.Name, "System.Decimal", value));
                break;
            case ColumnType.Double:
                var real = value is double dbl ? dbl : throw OrgFaults.WrongType(column.Name, "System.Double", value);
                if (double.IsNaN(real) || double.IsInfinity(real) || Math.Abs(real) > 1e28)
                {
                    throw OrgFaults.OutOfRange(table, column.Name, real);
                }

                Range(table, column, (decimal)real);
                break;
            case ColumnType.Money:
                Range(table, column, value is Money money ? money.Value : throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.Money", value));
                break;
            case ColumnType.DateTime:
                _ = value is DateTime ? value : throw OrgFaults.WrongType(column.Name, "System.DateTime", value);
                break;
            case ColumnType.Boolean:
                _ = value is bool ? value : throw OrgFaults.WrongType(column.Name, "System.Boolean", value);
                break;
            case ColumnType.Uniqueidentifier:
                _ = value is Guid ? value : throw OrgFaults.WrongType(column.Name, "System.Guid", value);
                break;
            case ColumnType.Picklist:
                Choice(table, column, value);
                break;
            case ColumnType.MultiSelectPicklist:
                foreach (var option in value as OptionSetValueCollection ?? throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.OptionSetValueCollection", value))
                {
                    Choice(table, column, option);
                }

                break;
            case ColumnType.State or ColumnType.Status:
                var state = value as OptionSetValue ?? throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.OptionSetValue", value);
                if (column.StateOptions is { } states && !states.ContainsKey(state.Value))
                {
                    throw OrgFaults.BadChoice(table, column.Name, state.Value);
                }

                break;
            case ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer:
                Reference(catalog, table, column, value as EntityReference ?? throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.EntityReference", value));
                break;
            case ColumnType.PartyList:
                _ = value is EntityCollection ? value : throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.EntityCollection", value);
                break;
        }
    }

    private static void Range(string table, ColumnDefinition column, decimal value)
    {
        if ((column.MinValue is { } min && value < min) || (column.MaxValue is { } max && value > max))
        {
            throw OrgFaults.OutOfRange(table, column.Name, value);
        }
    }

    private static void Choice(string table, ColumnDefinition column, object value)
    {
        var option = value as OptionSetValue ?? throw OrgFaults.WrongType(column.Name, "Microsoft.Xrm.Sdk.OptionSetValue", value);
        if (column.Options is { } options && !options.Contains(option.Value))
        {
            throw OrgFaults.BadChoice(table, column.Name, option.Value);
        }
    }

    // A lookup names one of the column's targets, and a table the org knows.
    private static void Reference(TableCatalog catalog, string table, ColumnDefinition column, EntityReference reference)
    {
        if (string.IsNullOrEmpty(reference.LogicalName) || (column.Targets.Count > 0 && !column.AllowsTarget(reference.LogicalName)))
        {
            throw OrgFaults.InvalidTarget(table, column.Name, reference.LogicalName ?? string.Empty);
        }

        catalog.Require(reference.LogicalName);
    }
}
