using System;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Delete: removes the row, then applies each one-to-many relationship's CascadeDelete to the rows pointing at it
// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior):
// Cascade deletes them through the pipeline (their Delete steps run), RemoveLink clears the lookup, Restrict refuses
// the delete while any exist. Missing row → ObjectDoesNotExist fault; IfRowVersionMatches as Update (RowVersionCheck).
internal sealed class DeleteHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        TargetResolver.DescribeReference(execution);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var table = execution.PrimaryEntityName;
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        RowVersionCheck.Enforce(execution, execution.Input<EntityReference>(ParameterNames.Target)?.RowVersion, current);
        runtime.Access.EnsureCanDelete(execution.UserId, table, current.Values);
        foreach (var relationship in runtime.Catalog.RelationshipsTo(table))
        {
            Cascade(execution, relationship);
        }

        runtime.Store.Delete(current, table, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
    }

    public OrganizationResponse NewResponse() => new DeleteResponse();

    private static void Cascade(MessageExecution execution, RelationshipDefinition relationship)
    {
        var store = execution.Runtime.Store;
        var children = store.FindTable(relationship.ReferencingTable);
        if (relationship.CascadeDelete == CascadeType.NoCascade || children?.Lookup(relationship.ReferencingColumn, execution.PrimaryEntityId) is not { Count: > 0 } ids)
        {
            return;
        }

        foreach (var childId in ids.ToArray())
        {
            var child = children.Find(childId);
            if (child?.Get(relationship.ReferencingColumn) is not EntityReference reference || reference.LogicalName != execution.PrimaryEntityName)
            {
                continue;
            }

            switch (relationship.CascadeDelete)
            {
                case CascadeType.Restrict:
                    throw OrgFaults.InvalidArgument($"The object you tried to delete is associated with another object and cannot be deleted. {relationship.ReferencingTable} With Id = {childId:D} references it through {relationship.Name}.");
                case CascadeType.Cascade:
                    execution.RunInternal(new DeleteRequest { Target = new EntityReference(relationship.ReferencingTable, childId) });
                    break;
                case CascadeType.RemoveLink:
                    var values = new System.Collections.Generic.Dictionary<string, object>(child.Values, StringComparer.Ordinal);
                    values.Remove(relationship.ReferencingColumn);
                    store.Replace(child, relationship.ReferencingTable, values, execution.Transaction?.Undo);
                    break;
            }
        }
    }
}
