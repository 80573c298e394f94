using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// SetState (Microsoft.Crm.Sdk.Messages.SetStateRequest, sent here as an OrganizationRequest named "SetState"):
// EntityMoniker, State, Status (-1 = the state's default status), checked like an Update of statecode/statuscode
// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.setstaterequest). Runs the SetState steps only.
internal sealed class SetStateHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        TargetResolver.DescribeReference(execution, ParameterNames.EntityMoniker);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var table = execution.PrimaryEntityName;
        var state = execution.Input<OptionSetValue>(ParameterNames.State) ?? throw OrgFaults.InvalidArgument("Required field 'State' is missing.");
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        var stateColumn = runtime.Catalog.RequireColumn(table, ColumnNames.StateCode);
        ValueValidator.Check(runtime.Catalog, table, stateColumn, state);
        StateRules.CheckChange(runtime.Catalog, table, current, new[] { ColumnNames.StateCode, ColumnNames.StatusCode }, state.Value);
        runtime.Access.EnsureCanWrite(execution.UserId, table, current.Values);

        var values = new Dictionary<string, object>(current.Values, StringComparer.Ordinal)
        {
            [ColumnNames.StateCode] = new OptionSetValue(state.Value),
            [ColumnNames.StatusCode] = StateRules.StatusFor(runtime.Catalog, table, state.Value, execution.Input<OptionSetValue>(ParameterNames.Status)),
        };
        RecordValidator.CheckStatePair(runtime.Catalog, table, values);
        SystemColumns.ApplyOnUpdate(execution, values, ownerChanged: false);
        runtime.Store.Replace(current, table, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
    }

    public OrganizationResponse NewResponse() => new OrganizationResponse();
}
