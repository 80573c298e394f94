using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// Assign (Microsoft.Crm.Sdk.Messages.AssignRequest, sent as an OrganizationRequest named "Assign"): Target and
// Assignee (a systemuser or team). The caller needs the Assign privilege on the record; the new owner needs none
// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#assign).
internal sealed class AssignHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        TargetResolver.DescribeReference(execution);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var table = execution.PrimaryEntityName;
        var assignee = execution.Input<EntityReference>(ParameterNames.Assignee) ?? throw OrgFaults.InvalidArgument("Required field 'Assignee' is missing.");
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        ValueValidator.Check(runtime.Catalog, table, runtime.Catalog.RequireColumn(table, ColumnNames.OwnerId), assignee);
        TargetResolver.RequireRow(runtime.Store, assignee.LogicalName, assignee.Id);
        if (!execution.Caller.PlatformWrite)
        {
            // A cascaded assign (AssignCascade) reaches closed activities too.
            StateRules.CheckChange(runtime.Catalog, table, current, new[] { ColumnNames.OwnerId }, null);
        }

        runtime.Access.EnsureCanAssign(execution.UserId, table, current.Values);

        var previousOwner = current.Get(ColumnNames.OwnerId) as EntityReference;
        var values = new Dictionary<string, object>(current.Values, StringComparer.Ordinal)
        {
            [ColumnNames.OwnerId] = new EntityReference(assignee.LogicalName, assignee.Id),
        };
        SystemColumns.ApplyOnUpdate(execution, values, ownerChanged: true);
        runtime.Store.Replace(current, table, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
        if (previousOwner?.Id != assignee.Id)
        {
            AssignCascade.Apply(execution, table, current.Id, previousOwner, assignee);
        }
    }

    public OrganizationResponse NewResponse() => new OrganizationResponse();
}
