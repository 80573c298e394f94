using System;
using System.Linq;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// A record's new owner follows each one-to-many relationship's CascadeAssign
// (https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior):
// Cascade reassigns every row pointing at it, Active only open rows (statecode 0), UserOwned only rows its previous
// owner owned. Each child is assigned through the pipeline (its Assign steps run) as a platform write, so closed
// activities follow too. Relationships whose metadata carries no CascadeAssign (the stock ones) cascade nothing.
internal static class AssignCascade
{
    public static void Apply(MessageExecution execution, string table, Guid id, EntityReference? previousOwner, EntityReference newOwner)
    {
        var store = execution.Runtime.Store;
        foreach (var relationship in execution.Runtime.Catalog.RelationshipsTo(table))
        {
            var cascade = relationship.CascadeAssign;
            if (cascade is not (CascadeType.Cascade or CascadeType.Active or CascadeType.UserOwned)
                || store.FindTable(relationship.ReferencingTable) is not { } children
                || children.Lookup(relationship.ReferencingColumn, id) is not { Count: > 0 } ids)
            {
                continue;
            }

            foreach (var childId in ids.ToArray())
            {
                var child = children.Find(childId);
                if (child?.Get(relationship.ReferencingColumn) is not EntityReference parent || parent.LogicalName != table
                    || child.Get(ColumnNames.OwnerId) is not EntityReference owner || owner.Id == newOwner.Id
                    || (cascade == CascadeType.Active && child.Get(ColumnNames.StateCode) is OptionSetValue { Value: not 0 })
                    || (cascade == CascadeType.UserOwned && owner.Id != previousOwner?.Id))
                {
                    continue;
                }

                execution.RunInternal(
                    new OrganizationRequest(MessageNames.Assign)
                    {
                        [ParameterNames.Target] = new EntityReference(relationship.ReferencingTable, childId),
                        [ParameterNames.Assignee] = new EntityReference(newOwner.LogicalName, newOwner.Id),
                    },
                    platformWrite: true);
            }
        }
    }
}
