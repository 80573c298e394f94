using System;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Metadata;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// WinOpportunity / LoseOpportunity (parameters "OpportunityClose" and "Status"): creates the opportunityclose
// activity (completed) and closes the opportunity as Won (statecode 1) or Lost (statecode 2) with the given status,
// its actual close date and, when won, its actual value. Both writes run through the pipeline (Create of
// opportunityclose, Update of the opportunity's statecode), as contract §2.9 suggests registering on either.
internal sealed class CloseOpportunityHandler : IMessageHandler
{
    public const string OpportunityCloseParameter = ParameterNames.OpportunityClose;
    public const string StatusParameter = ParameterNames.Status;
    private const int OpenState = 0;
    private const int WonState = 1;
    private const int LostState = 2;
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
        var status = execution.Input<OptionSetValue>(StatusParameter) ?? throw OrgFaults.InvalidArgument("Required field 'Status' is missing.");
        var row = TargetResolver.RequireRow(runtime.Store, TableNames.Opportunity, execution.PrimaryEntityId);
        if (row.Get(ColumnNames.StateCode) is OptionSetValue { Value: not OpenState })
        {
            throw OrgFaults.InvalidArgument($"opportunity With Id = {execution.PrimaryEntityId:D} is already closed.");
        }

        var close = ValueCloner.CloneEntity(TargetResolver.RequireEntity(execution, OpportunityCloseParameter));
        close.LogicalName = TableNames.OpportunityClose;
        close[ColumnNames.StateCode] = new OptionSetValue(CompletedActivityState);
        close[ColumnNames.StatusCode] = new OptionSetValue(ClosedActivityStatus);
        if (!close.Contains(ColumnNames.ActualEnd))
        {
            close[ColumnNames.ActualEnd] = execution.UtcNow;
        }

        execution.RunInternal(new CreateRequest { Target = close });

        var opportunity = new Entity(TableNames.Opportunity, execution.PrimaryEntityId)
        {
            [ColumnNames.StateCode] = new OptionSetValue(_won ? WonState : LostState),
            [ColumnNames.StatusCode] = new OptionSetValue(status.Value),
            [ColumnNames.ActualCloseDate] = close[ColumnNames.ActualEnd],
        };
        if (_won && close.GetAttributeValue<Money>(ColumnNames.ActualRevenue) is { } revenue)
        {
            opportunity[ColumnNames.ActualValue] = new Money(revenue.Value);
        }

        execution.RunInternal(new UpdateRequest { Target = opportunity });
    }

    public OrganizationResponse NewResponse() => new OrganizationResponse();
}
