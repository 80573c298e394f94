using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Store;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Create: stores a copy of Target with the system columns; the new id is OutputParameters["id"]
// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-create).
internal sealed class CreateHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        var target = TargetResolver.RequireEntity(execution);
        execution.Runtime.Catalog.Require(target.LogicalName);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = TargetResolver.IdOf(execution.Runtime.Store, EntityWithoutKeys(target));
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var target = TargetResolver.RequireEntity(execution);
        var table = target.LogicalName;
        var definition = runtime.Catalog.Require(table);
        var id = TargetResolver.IdOf(runtime.Store, EntityWithoutKeys(target));
        if (id == Guid.Empty)
        {
            id = runtime.Ids.Next();
        }

        var values = CopyValues(target);
        foreach (var key in target.KeyAttributes)
        {
            if (key.Value != null && !values.ContainsKey(key.Key))
            {
                values[key.Key] = ValueCloner.Clone(key.Value)!;
            }
        }

        // The platform's own writes (Win/Lose's closed opportunityclose) may set what callers cannot.
        if (!execution.Caller.PlatformWrite)
        {
            RecordValidator.CheckCreate(runtime.Store, definition, values);
        }

        SystemColumns.ApplyOnCreate(execution, definition, values);
        RecordValidator.CheckStatePair(definition, values);
        runtime.Access.EnsureCanCreate(execution.UserId, table, values);
        runtime.Access.EnsureCanAppend(execution.UserId, table, values, target.Attributes);
        KeyUniqueness.Ensure(execution, definition, values);
        runtime.Store.Insert(table, id, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
        execution.PrimaryEntityId = id;
        execution.OutputParameters[ParameterNames.CreatedId] = id;
    }

    public OrganizationResponse NewResponse() => new CreateResponse();

    // Null columns are not stored: Dataverse never returns a column without a value.
    internal static Dictionary<string, object> CopyValues(Entity target)
    {
        // Room for the ~11 system columns added next, so the dictionary never grows.
        var values = new Dictionary<string, object>(target.Attributes.Count + SystemColumns.Count, StringComparer.Ordinal);
        foreach (var pair in target.Attributes)
        {
            if (pair.Value != null)
            {
                values[pair.Key] = ValueCloner.Clone(pair.Value)!;
            }
        }

        return values;
    }

    // A Create never looks a row up by alternate key: its key values become columns of the new row.
    private static Entity EntityWithoutKeys(Entity target) =>
        target.KeyAttributes.Count == 0 ? target : new Entity(target.LogicalName, target.Id) { Attributes = target.Attributes };
}
