using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Outcomes;
using CrmSpm.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// A close, and a reopen: the team's deal model, the owner's outcomes and recognition. Two steps, both PostOperation
/// <b>asynchronous</b> (a rep's close waits for none of it, https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service),
/// both on messages whose ids a solution can name:
/// <list type="bullet">
/// <item>Create of <c>opportunityclose</c>: WinOpportunity and LoseOpportunity create that activity from their
/// <c>OpportunityClose</c> input (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest).
/// The deal is the Target's <c>opportunityid</c>; the outcome is the deal's committed state, read after the close
/// committed, so the row is the truth. A close activity created without a close (the deal still open) counts nothing.</item>
/// <item>Update of the opportunity's <c>statecode</c>: a reopen, or a close done by update.</item>
/// </list>
/// Both may see one close; the deal remembers what the model counts, so the second changes nothing. Admins who register
/// Win/Lose by hand get the deal from <c>OpportunityClose.opportunityid</c> and the outcome from the message
/// (docs/plugins.md, "Closes").
/// </summary>
public sealed class DealClosedPlugin : PluginBase
{
    private static readonly string[] StateColumns = { OpportunityColumns.StateCode };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Create, OpportunityCloseColumns.EntityName, PipelineStage.PostOperation, StepMode.Asynchronous, StepUser.System),
        new StepRegistration(MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Asynchronous,
            StepUser.System, rank: 2, filteringAttributes: StateColumns),
    };

    public DealClosedPlugin()
        : this(SystemClock.Instance)
    {
    }

    public DealClosedPlugin(IClock clock)
        : base(clock)
    {
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        Guid? dealId;
        OpportunityStatus? closedAs = null;
        if (execution.MessageName == MessageNames.Win || execution.MessageName == MessageNames.Lose)
        {
            dealId = DealOf(execution, MessageNames.OpportunityCloseParameter);
            var status = execution.InputParameters.TryGetValue(MessageNames.StatusParameter, out var s) ? (s as OptionSetValue)?.Value : null;
            context.Trace("{0} of deal {1} with status {2}.", execution.MessageName, dealId?.ToString() ?? "none", status?.ToString() ?? "none");
            closedAs = execution.MessageName == MessageNames.Win ? OpportunityStatus.Won : OpportunityStatus.Lost;
        }
        else if (execution.PrimaryEntityName == OpportunityCloseColumns.EntityName)
        {
            dealId = DealOf(execution, MessageNames.Target);
        }
        else
        {
            dealId = execution.PrimaryEntityId;
        }

        if (dealId == null)
        {
            context.Trace("{0} of {1} names no opportunity: nothing to count.", execution.MessageName, execution.PrimaryEntityName);
            return;
        }

        // SYSTEM throughout: the model row and other reps' comparisons are org data no rep may write, and the
        // scorecard is owned by the rep but must only ever be written by CrmSpm.
        var system = context.SystemService;
        var refresher = DealRefresher.For(context, new VersionedDealWriter(system));
        new DealOutcomeService(new DealContextReader(system), refresher, new DealModelLoader(context.TracingService), system, Clock, context.TracingService)
            .OnStateChanged(dealId.Value, closedAs);
    }

    /// <summary>The deal an <c>opportunityclose</c> input names (its <c>opportunityid</c>); null without one.</summary>
    private static Guid? DealOf(IPluginExecutionContext execution, string parameter)
    {
        var close = execution.InputParameters.TryGetValue(parameter, out var value) ? value as Entity : null;
        var deal = close?.GetAttributeValue<EntityReference>(OpportunityCloseColumns.OpportunityId);
        return deal != null && deal.LogicalName == OpportunityColumns.EntityName ? deal.Id : (Guid?)null;
    }
}
