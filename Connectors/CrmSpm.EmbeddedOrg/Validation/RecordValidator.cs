using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Validation;

// The columns a caller writes, against the table's metadata: known table and columns, IsValidForCreate /
// IsValidForUpdate, then each value (ValueValidator) and that a lookup's row exists; the SystemRequired columns of
// a create; and the state/status pair of the row that results. Each column costs one metadata lookup.
internal static class RecordValidator
{
    // A create's own copy of the values (a Dictionary, enumerated without allocating).
    public static void CheckCreate(DataStore store, TableDefinition definition, Dictionary<string, object> values)
    {
        foreach (var pair in values)
        {
            CheckColumn(store, definition, pair.Key, pair.Value, create: true);
        }

        CheckRequired(definition, values);
    }

    public static void CheckWrite(DataStore store, TableDefinition definition, IEnumerable<KeyValuePair<string, object>> values, bool create)
    {
        foreach (var pair in values)
        {
            CheckColumn(store, definition, pair.Key, pair.Value, create);
        }
    }

    // A SystemRequired column the platform does not fill must have a value on Create
    // (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.attributerequiredlevel: "required to have a
    // value"); ApplicationRequired is enforced by forms only, not by the API.
    public static void CheckRequired(TableDefinition definition, IReadOnlyDictionary<string, object> values)
    {
        foreach (var column in definition.Shape.RequiredOnCreate)
        {
            if (!values.ContainsKey(column.Name))
            {
                throw OrgFaults.RequiredMissing(definition.Name, column.Name);
            }
        }
    }

    // Rows stored without the pipeline (seeding) still hold only declared columns of the declared types.
    public static void CheckStored(TableCatalog catalog, string table, Dictionary<string, object> values)
    {
        var definition = catalog.Require(table);
        foreach (var pair in values)
        {
            var column = definition.Column(pair.Key) ?? throw OrgFaults.NoAttribute(table, pair.Key);
            ValueValidator.Check(catalog, table, column, pair.Value);
        }

        CheckStatePair(definition, values);
    }

    // statuscode must belong to statecode (StatusAttributeMetadata options carry their State).
    public static void CheckStatePair(TableCatalog catalog, string table, IReadOnlyDictionary<string, object> row)
    {
        if (catalog.Find(table) is { } definition)
        {
            CheckStatePair(definition, row);
        }
    }

    public static void CheckStatePair(TableDefinition definition, IReadOnlyDictionary<string, object> row)
    {
        if (definition.Shape.Status?.StateOptions is { } statuses
            && row.TryGetValue(ColumnNames.StatusCode, out var status) && status is OptionSetValue statusValue
            && row.TryGetValue(ColumnNames.StateCode, out var state) && state is OptionSetValue stateValue
            && (!statuses.TryGetValue(statusValue.Value, out var owner) || owner != stateValue.Value))
        {
            throw OrgFaults.BadState(definition.Name, stateValue.Value, statusValue.Value);
        }
    }

    // The default status of a state (StateAttributeMetadata option DefaultStatus).
    public static int? DefaultStatus(TableCatalog catalog, string table, int state) =>
        catalog.Find(table)?.Shape.State?.StateOptions is { } states && states.TryGetValue(state, out var status) ? status : null;

    public static void CheckColumns(TableCatalog catalog, string table, IEnumerable<string> columns)
    {
        var definition = catalog.Require(table);
        foreach (var column in columns)
        {
            _ = definition.Column(column) ?? throw OrgFaults.NoAttribute(table, column);
        }
    }

    private static void CheckColumn(DataStore store, TableDefinition definition, string name, object? value, bool create)
    {
        var column = definition.Column(name) ?? throw OrgFaults.NoAttribute(definition.Name, name);
        if (create ? !column.ValidForCreate : !column.ValidForUpdate && name != definition.PrimaryIdColumn)
        {
            throw OrgFaults.NotValidFor(create ? "create" : "update", definition.Name, name);
        }

        if (value == null)
        {
            return;
        }

        ValueValidator.Check(store.Catalog, definition.Name, column, value);

        // A lookup must point at an existing row (Dataverse answers "{table} With Id = {id} Does Not Exist").
        if (column.IsReference && value is EntityReference reference && store.Find(reference.LogicalName, reference.Id) == null)
        {
            throw OrgFaults.DoesNotExist(reference.LogicalName, reference.Id);
        }
    }
}
