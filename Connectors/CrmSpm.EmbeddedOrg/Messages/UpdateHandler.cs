using System;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Update: merges Target into the row; a null value clears the column. Missing row → ObjectDoesNotExist fault.
internal sealed class UpdateHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        var target = TargetResolver.RequireEntity(execution);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = TargetResolver.IdOf(execution.Runtime.Store, target);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var target = TargetResolver.RequireEntity(execution);
        var table = target.LogicalName;
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        runtime.Access.EnsureCanWrite(execution.UserId, table, current.Values, "prvWrite");

        var values = new System.Collections.Generic.Dictionary<string, object>(current.Values, StringComparer.Ordinal);
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

        var ownerChanged = target.Attributes.ContainsKey(ColumnNames.OwnerId);
        SystemColumns.ApplyOnUpdate(execution, values, ownerChanged);
        if (ownerChanged)
        {
            runtime.Access.EnsureCanWrite(execution.UserId, table, values, "prvAssign");
        }

        runtime.Store.Replace(current, table, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
    }

    public OrganizationResponse NewResponse() => new UpdateResponse();
}
