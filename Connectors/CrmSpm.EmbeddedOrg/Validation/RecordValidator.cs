using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Validation;

// The columns a caller writes, against the table's metadata: known table and columns, IsValidForCreate /
// IsValidForUpdate, then each value (ValueValidator); and the state/status pair of the row that results.
internal static class RecordValidator
{
    public static void CheckWrite(TableCatalog catalog, string table, IEnumerable<KeyValuePair<string, object>> values, bool create)
    {
        var definition = catalog.Require(table);
        foreach (var pair in values)
        {
            var column = definition.Column(pair.Key) ?? throw OrgFaults.NoAttribute(table, pair.Key);
            if (create ? !column.ValidForCreate : !column.ValidForUpdate && pair.Key != definition.PrimaryIdColumn)
            {
                throw OrgFaults.NotValidFor(create ? "create" : "update", table, pair.Key);
            }

            if (pair.Value != null)
            {
                ValueValidator.Check(catalog, table, column, pair.Value);
            }
        }
    }

    // A lookup must point at an existing row (Dataverse answers "{table} With Id = {id} Does Not Exist").
    public static void CheckReferencesExist(Store.DataStore store, string table, IEnumerable<KeyValuePair<string, object>> values)
    {
        var definition = store.Catalog.Require(table);
        foreach (var pair in values)
        {
            if (pair.Value is EntityReference reference && definition.Column(pair.Key) is { IsReference: true }
                && store.Find(reference.LogicalName, reference.Id) == null)
            {
                throw OrgFaults.DoesNotExist(reference.LogicalName, reference.Id);
            }
        }
    }

    // Rows stored without the pipeline (seeding) still hold only declared columns of the declared types.
    public static void CheckStored(TableCatalog catalog, string table, IEnumerable<KeyValuePair<string, object>> values)
    {
        var definition = catalog.Require(table);
        foreach (var pair in values)
        {
            var column = definition.Column(pair.Key) ?? throw OrgFaults.NoAttribute(table, pair.Key);
            if (pair.Value != null)
            {
                ValueValidator.Check(catalog, table, column, pair.Value);
            }
        }

        CheckStatePair(catalog, table, values as IReadOnlyDictionary<string, object> ?? new Dictionary<string, object>(values));
    }

    // statuscode must belong to statecode (StatusAttributeMetadata options carry their State).
    public static void CheckStatePair(TableCatalog catalog, string table, IReadOnlyDictionary<string, object> row)
    {
        if (row.TryGetValue(ColumnNames.StatusCode, out var status) && status is OptionSetValue statusValue
            && row.TryGetValue(ColumnNames.StateCode, out var state) && state is OptionSetValue stateValue
            && catalog.Find(table)?.Column(ColumnNames.StatusCode)?.StateOptions is { } statuses
            && (!statuses.TryGetValue(statusValue.Value, out var owner) || owner != stateValue.Value))
        {
            throw OrgFaults.BadState(table, stateValue.Value, statusValue.Value);
        }
    }

    // The default status of a state (StateAttributeMetadata option DefaultStatus).
    public static int? DefaultStatus(TableCatalog catalog, string table, int state) =>
        catalog.Find(table)?.Column(ColumnNames.StateCode)?.StateOptions is { } states && states.TryGetValue(state, out var status) ? status : null;

    public static void CheckColumns(TableCatalog catalog, string table, IEnumerable<string> columns)
    {
        var definition = catalog.Require(table);
        foreach (var column in columns)
        {
            _ = definition.Column(column) ?? throw OrgFaults.NoAttribute(table, column);
        }
    }
}
