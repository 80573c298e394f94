using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// The columns the platform maintains: created/modified on and by, owner and owning business unit, and the
// default state (statecode 0 Active/Open) and status of a new row — each only where the table declares it.
internal static class SystemColumns
{
    // How many columns this class may add to a row (primary key included).
    public const int Count = 11;

    // Stored values never leave the store uncopied, so every row can share these two.
    private static readonly OptionSetValue ActiveState = new(0);
    private static readonly OptionSetValue DefaultStatus = new(1);

    public static void ApplyOnCreate(MessageExecution execution, string table, Dictionary<string, object> values)
    {
        // Stored values are never handed out (reads copy them), so one reference can serve several columns.
        var caller = new EntityReference(TableNames.SystemUser, execution.UserId);
        object now = execution.UtcNow;
        var definition = execution.Runtime.Catalog.Require(table);
        values[ColumnNames.CreatedOn] = now;
        values[ColumnNames.ModifiedOn] = now;
        values[ColumnNames.CreatedBy] = caller;
        values[ColumnNames.ModifiedBy] = caller;
        if (definition.Column(ColumnNames.OwnerId) != null)
        {
            values.TryAdd(ColumnNames.OwnerId, caller);
        }

        ApplyDefaults(execution.Runtime, table, execution.UserId, execution.UtcNow, values);
    }

    // Fills only what is missing: seeding keeps a replayed row's own createdon, owner and state.
    public static void ApplyDefaults(OrgRuntime runtime, string table, Guid userId, DateTime utcNow, Dictionary<string, object> values)
    {
        var definition = runtime.Catalog.Require(table);
        values.TryAdd(ColumnNames.CreatedOn, utcNow);
        values.TryAdd(ColumnNames.ModifiedOn, values[ColumnNames.CreatedOn]);
        var user = new EntityReference(TableNames.SystemUser, userId);
        values.TryAdd(ColumnNames.CreatedBy, user);
        values.TryAdd(ColumnNames.ModifiedBy, user);
        var owned = definition.Column(ColumnNames.OwnerId) != null;
        if (owned)
        {
            values.TryAdd(ColumnNames.OwnerId, user);
        }

        if (owned && !values.ContainsKey(ColumnNames.OwningBusinessUnit))
        {
            SetOwningBusinessUnit(runtime, values);
        }

        if (definition.Column(ColumnNames.StateCode) != null && !values.ContainsKey(ColumnNames.StateCode))
        {
            values[ColumnNames.StateCode] = ActiveState;
        }

        if (definition.Column(ColumnNames.StatusCode) != null && !values.ContainsKey(ColumnNames.StatusCode))
        {
            var state = values.TryGetValue(ColumnNames.StateCode, out var s) && s is OptionSetValue stateValue ? stateValue.Value : 0;
            var status = state == 0 ? runtime.Catalog.DefaultActiveStatus(table) : StateRules.StatusFor(runtime.Catalog, table, state, null).Value;
            values[ColumnNames.StatusCode] = status == DefaultStatus.Value ? DefaultStatus : new OptionSetValue(status);
        }

        if (table == TableNames.SystemUser && !values.ContainsKey(ColumnNames.BusinessUnitId))
        {
            values[ColumnNames.BusinessUnitId] = new EntityReference(TableNames.BusinessUnit, runtime.Options.RootBusinessUnitId);
        }
    }

    public static void ApplyOnUpdate(MessageExecution execution, Dictionary<string, object> values, bool ownerChanged)
    {
        values[ColumnNames.ModifiedOn] = execution.UtcNow;
        values[ColumnNames.ModifiedBy] = new EntityReference(TableNames.SystemUser, execution.UserId);
        if (ownerChanged)
        {
            SetOwningBusinessUnit(execution.Runtime, values);
        }
    }

    // A user's or a team's business unit owns the row with them.
    public static void SetOwningBusinessUnit(OrgRuntime runtime, Dictionary<string, object> values)
    {
        if (values.TryGetValue(ColumnNames.OwnerId, out var owner) && owner is EntityReference reference
            && runtime.Store.Find(reference.LogicalName, reference.Id)?.Get(ColumnNames.BusinessUnitId) is EntityReference unit)
        {
            values[ColumnNames.OwningBusinessUnit] = new EntityReference(TableNames.BusinessUnit, unit.Id);
            return;
        }

        values[ColumnNames.OwningBusinessUnit] = new EntityReference(TableNames.BusinessUnit, runtime.Options.RootBusinessUnitId);
    }
}
