using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// The columns the platform maintains: created/modified on and by, owner and owning business unit, and the
// default state (statecode 0 Active/Open) and status of a new row — each only where the table declares it.
// References and times come from SharedValues: rows share them instead of allocating them per write.
internal static class SystemColumns
{
    // How many columns this class may add to a row (primary key included).
    public const int Count = 11;

    private static readonly OptionSetValue ActiveState = new(0);

    public static void ApplyOnCreate(MessageExecution execution, TableDefinition table, Dictionary<string, object> values)
    {
        var runtime = execution.Runtime;
        var caller = runtime.Shared.Reference(TableNames.SystemUser, execution.UserId);
        var now = runtime.Shared.Box(execution.UtcNow);
        values[ColumnNames.CreatedOn] = now;
        values[ColumnNames.ModifiedOn] = now;
        values[ColumnNames.CreatedBy] = caller;
        values[ColumnNames.ModifiedBy] = caller;
        FillMissing(runtime, table, caller, values);
    }

    // Fills only what is missing: seeding keeps a replayed row's own createdon, owner and state.
    public static void ApplyDefaults(OrgRuntime runtime, TableDefinition table, Guid userId, DateTime utcNow, Dictionary<string, object> values)
    {
        var user = runtime.Shared.Reference(TableNames.SystemUser, userId);
        values.TryAdd(ColumnNames.CreatedOn, runtime.Shared.Box(utcNow));
        values.TryAdd(ColumnNames.ModifiedOn, values[ColumnNames.CreatedOn]);

        values.TryAdd(ColumnNames.CreatedBy, user);
        values.TryAdd(ColumnNames.ModifiedBy, user);
        FillMissing(runtime, table, user, values);
        if (table.Name == TableNames.SystemUser && !values.ContainsKey(ColumnNames.BusinessUnitId))
        {
            values[ColumnNames.BusinessUnitId] = runtime.Shared.Reference(TableNames.BusinessUnit, runtime.Options.RootBusinessUnitId);
        }
    }

    public static void ApplyOnUpdate(MessageExecution execution, Dictionary<string, object> values, bool ownerChanged)
    {
        values[ColumnNames.ModifiedOn] = execution.Runtime.Shared.Box(execution.UtcNow);
        values[ColumnNames.ModifiedBy] = execution.Runtime.Shared.Reference(TableNames.SystemUser, execution.UserId);
        if (ownerChanged)
        {
            SetOwningBusinessUnit(execution.Runtime, values);
        }
    }

    // A user's or a team's business unit owns the row with them.
    public static void SetOwningBusinessUnit(OrgRuntime runtime, Dictionary<string, object> values)
    {
        var unit = values.TryGetValue(ColumnNames.OwnerId, out var owner) && owner is EntityReference reference
            && runtime.Store.Find(reference.LogicalName, reference.Id)?.Get(ColumnNames.BusinessUnitId) is EntityReference ownerUnit
            ? ownerUnit.Id
            : runtime.Options.RootBusinessUnitId;
        values[ColumnNames.OwningBusinessUnit] = runtime.Shared.Reference(TableNames.BusinessUnit, unit);
    }

    private static void FillMissing(OrgRuntime runtime, TableDefinition table, EntityReference user, Dictionary<string, object> values)
    {
        var shape = table.Shape;
        if (shape.Owned)
        {
            values.TryAdd(ColumnNames.OwnerId, user);
            if (!values.ContainsKey(ColumnNames.OwningBusinessUnit))
            {
                SetOwningBusinessUnit(runtime, values);
            }
        }

        if (shape.State != null && !values.ContainsKey(ColumnNames.StateCode))
        {
            values[ColumnNames.StateCode] = ActiveState;
        }

        if (shape.Status != null && !values.ContainsKey(ColumnNames.StatusCode))
        {
            var state = values.TryGetValue(ColumnNames.StateCode, out var s) && s is OptionSetValue stateValue ? stateValue.Value : 0;
            values[ColumnNames.StatusCode] = state == 0 ? shape.OpenStatus : StateRules.StatusFor(runtime.Catalog, table.Name, state, null);
        }
    }
}
