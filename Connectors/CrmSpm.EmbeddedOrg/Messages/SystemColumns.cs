using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// The columns the platform maintains: created/modified on and by, owner and owning business unit, and the
// default state (statecode 0 Active/Open) and status of a new row.
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
        values[ColumnNames.CreatedOn] = now;
        values[ColumnNames.ModifiedOn] = now;
        values[ColumnNames.CreatedBy] = caller;
        values[ColumnNames.ModifiedBy] = caller;
        values.TryAdd(ColumnNames.OwnerId, caller);
        ApplyDefaults(execution.Runtime, table, execution.UserId, execution.UtcNow, values);
    }

    // Fills only what is missing: seeding keeps a replayed row's own createdon, owner and state.
    public static void ApplyDefaults(OrgRuntime runtime, string table, Guid userId, DateTime utcNow, Dictionary<string, object> values)
    {
        values.TryAdd(ColumnNames.CreatedOn, utcNow);
        values.TryAdd(ColumnNames.ModifiedOn, values[ColumnNames.CreatedOn]);
        if (!values.ContainsKey(ColumnNames.CreatedBy) || !values.ContainsKey(ColumnNames.ModifiedBy) || !values.ContainsKey(ColumnNames.OwnerId))
        {
            var user = new EntityReference(TableNames.SystemUser, userId);
            values.TryAdd(ColumnNames.CreatedBy, user);
            values.TryAdd(ColumnNames.ModifiedBy, user);
            values.TryAdd(ColumnNames.OwnerId, user);
        }

        if (!values.ContainsKey(ColumnNames.OwningBusinessUnit))
        {
            SetOwningBusinessUnit(runtime, values);
        }

        if (!values.ContainsKey(ColumnNames.StateCode))
        {
            values[ColumnNames.StateCode] = ActiveState;
        }

        if (!values.ContainsKey(ColumnNames.StatusCode))
        {
            var status = runtime.Catalog.DefaultActiveStatus(table);
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

    private static void SetOwningBusinessUnit(OrgRuntime runtime, Dictionary<string, object> values)
    {
        if (values.TryGetValue(ColumnNames.OwnerId, out var owner) && owner is EntityReference { LogicalName: TableNames.SystemUser } user
            && runtime.Store.Find(TableNames.SystemUser, user.Id)?.Get(ColumnNames.BusinessUnitId) is EntityReference unit)
        {
            values[ColumnNames.OwningBusinessUnit] = new EntityReference(TableNames.BusinessUnit, unit.Id);
            return;
        }

        values[ColumnNames.OwningBusinessUnit] = new EntityReference(TableNames.BusinessUnit, runtime.Options.RootBusinessUnitId);
    }
}
