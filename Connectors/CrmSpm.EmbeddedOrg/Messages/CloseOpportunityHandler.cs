using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using CrmSpm.EmbeddedOrg.Validation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// WinOpportunity / LoseOpportunity: InputParameters "OpportunityClose" and "Status" only
// (https://learn.microsoft.com/dynamics365/customer-engagement/web-api/winopportunity and .../loseopportunity).
// The main operation creates the completed opportunityclose (a Create through the pipeline, as the platform records
// the close activity) and closes the opportunity itself: statecode Won (1) / Lost (2), the given status, actual close
// date and, when won, actual value. Microsoft documents no Update message for that write, so none runs: steps that
// must see a close register on the opportunityclose's Create (or on Win/Lose).
internal sealed class CloseOpportunityHandler : IMessageHandler
{
    public const string OpportunityCloseParameter = ParameterNames.OpportunityClose;
    public const string StatusParameter = ParameterNames.Status;
    private const int CompletedActivityState = 1;
    private const int ClosedActivityStatus = 2;

    private readonly bool _won;

    public CloseOpportunityHandler(bool won)
    {
        _won = won;
    }

    public void Describe(MessageExecution execution)
    {
        var close = TargetResolver.RequireEntity(execution, OpportunityCloseParameter);
        var opportunity = close.GetAttributeValue<EntityReference>(ColumnNames.OpportunityId)
            ?? throw OrgFaults.InvalidArgument("OpportunityClose.opportunityid is required.");
        execution.PrimaryEntityName = TableNames.Opportunity;
        execution.PrimaryEntityId = opportunity.Id;
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var state = _won ? StateRules.Won : StateRules.Lost;
        var requested = execution.Input<OptionSetValue>(StatusParameter) ?? throw OrgFaults.InvalidArgument("Required field 'Status' is missing.");
        var status = StateRules.StatusFor(runtime.Catalog, TableNames.Opportunity, state, requested);
        var row = TargetResolver.RequireRow(runtime.Store, TableNames.Opportunity, execution.PrimaryEntityId);
        if (row.Get(ColumnNames.StateCode) is OptionSetValue { Value: not StateRules.Open })
        {
            throw OrgFaults.Create(ErrorCodes.InvalidStateCodeStatusCode, $"State code is invalid or state code is valid but status code is invalid for a specified state code. opportunity With Id = {execution.PrimaryEntityId:D} is already closed.");
        }

        runtime.Access.EnsureCanWrite(execution.UserId, TableNames.Opportunity, row.Values);
        var close = ValueCloner.CloneEntity(TargetResolver.RequireEntity(execution, OpportunityCloseParameter));
        close.LogicalName = TableNames.OpportunityClose;
        RecordValidator.CheckWrite(runtime.Store, runtime.Catalog.Require(TableNames.OpportunityClose), close.Attributes, create: true);
        close[ColumnNames.StateCode] = new OptionSetValue(CompletedActivityState);
        close[ColumnNames.StatusCode] = new OptionSetValue(ClosedActivityStatus);
        if (!close.Contains(ColumnNames.ActualEnd))
        {
            close[ColumnNames.ActualEnd] = execution.UtcNow;
        }

        execution.RunInternal(new CreateRequest { Target = close }, platformWrite: true);

        var values = new Dictionary<string, object>(row.Values, StringComparer.Ordinal)
        {
            [ColumnNames.StateCode] = new OptionSetValue(state),
            [ColumnNames.StatusCode] = new OptionSetValue(status.Value),
            [ColumnNames.ActualCloseDate] = close[ColumnNames.ActualEnd],
        };
        if (_won && close.GetAttributeValue<Money>(ColumnNames.ActualRevenue) is { } revenue)
        {
            values[ColumnNames.ActualValue] = new Money(revenue.Value);
        }

        RecordValidator.CheckStatePair(runtime.Catalog, TableNames.Opportunity, values);
        SystemColumns.ApplyOnUpdate(execution, values, ownerChanged: false);
        runtime.Store.Replace(row, TableNames.Opportunity, values, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
    }

    public OrganizationResponse NewResponse() => new OrganizationResponse();
}
