using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Update: merges Target into the row; a null value clears the column. Missing row → ObjectDoesNotExist fault.
// Columns and values are checked against metadata, closed activities and opportunity closing follow StateRules,
// a new statecode without statuscode gets the state's default status, and a new owner needs Assign on the record
// and cascades like Assign (AssignCascade). IfRowVersionMatches refuses a stale or missing RowVersion (RowVersionCheck).
internal sealed class UpdateHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        var target = TargetResolver.RequireEntity(execution);
        execution.Runtime.Catalog.Require(target.LogicalName);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = TargetResolver.IdOf(execution.Runtime.Store, target);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var target = TargetResolver.RequireEntity(execution);
        var table = target.LogicalName;
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        RowVersionCheck.Enforce(execution, target.RowVersion, current);
        RecordValidator.CheckWrite(runtime.Store, runtime.Catalog.Require(table), target.Attributes, create: false);
        var newState = target.Attributes.TryGetValue(ColumnNames.StateCode, out var state) && state is OptionSetValue s ? s.Value : (int?)null;
        StateRules.CheckChange(runtime.Catalog, table, current, target.Attributes.Keys, newState);
        runtime.Access.EnsureCanWrite(execution.UserId, table, current.Values);

        var values = new Dictionary<string, object>(current.Values, StringComparer.Ordinal);
        var primaryId = runtime.Catalog.PrimaryIdColumn(table);
        foreach (var pair in target.Attributes)
        {
            if (pair.Key == primaryId)
            {
                continue;
            }

            if (pair.Value == null)
            {
                values.Remove(pair.Key);
            }
            else
            {
                values[pair.Key] = ValueCloner.Clone(pair.Value)!;
            }
        }

        if (newState is { } changed && !target.Attributes.ContainsKey(ColumnNames.StatusCode))
        {
            values[ColumnNames.StatusCode] = StateRules.StatusFor(runtime.Catalog, table, changed, null);
        }

        RecordValidator.CheckStatePair(runtime.Catalog, table, values);
        var ownerChanged = target.Attributes.ContainsKey(ColumnNames.OwnerId);
        if (ownerChanged)
        {
            // Assign privilege on the record as it is now; the new owner needs no privilege.
            runtime.Access.EnsureCanAssign(execution.UserId, table, current.Values);
        }

        runtime.Access.EnsureCanAppend(execution.UserId, table, values, target.Attributes);
        SystemColumns.ApplyOnUpdate(execution, values, ownerChanged);
        runtime.Store.Replace(current, table, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
        var previousOwner = current.Get(ColumnNames.OwnerId) as EntityReference;
        if (ownerChanged && values.TryGetValue(ColumnNames.OwnerId, out var newOwner) && newOwner is EntityReference owner && previousOwner?.Id != owner.Id)
        {
            AssignCascade.Apply(execution, table, current.Id, previousOwner, owner);
        }
    }

    public OrganizationResponse NewResponse() => new UpdateResponse();
}
