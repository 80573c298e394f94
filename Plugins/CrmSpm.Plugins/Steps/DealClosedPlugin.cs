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
/// <c>Win</c> and <c>Lose</c> of an opportunity, and an Update of its <c>statecode</c> (a reopen, or a close done by
/// update), PostOperation <b>asynchronous</b>: the team's deal model, the owner's outcomes and recognition. None of it
/// must hold up the rep's close, so the steps run as system jobs after the save commits and the rep's Win/Lose pays
/// none of our calls (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service). The jobs
/// run outside the save's transaction: see docs/plugins.md ("Closes") for what that means for the team lock. Win and
/// Lose take the deal from their documented input, <c>OpportunityClose.opportunityid</c>, and the outcome from the message
/// (https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.winopportunityrequest), so they do not depend on
/// any Update the platform may or may not raise while closing; the deal remembers what the model counts, so seeing
/// one close twice changes nothing the second time.
/// </summary>
public sealed class DealClosedPlugin : PluginBase
{
    private static readonly string[] StateColumns = { OpportunityColumns.StateCode };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Asynchronous, StepUser.System),
        new StepRegistration(MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Asynchronous, StepUser.System),
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
        var isWin = execution.MessageName == MessageNames.Win;
        OpportunityStatus? closedAs = null;
        var dealId = execution.PrimaryEntityId;
        if (isWin || execution.MessageName == MessageNames.Lose)
        {
            var close = execution.InputParameters.TryGetValue(MessageNames.OpportunityCloseParameter, out var value) ? value as Entity : null;
            var deal = close?.GetAttributeValue<EntityReference>(MessageNames.OpportunityCloseOpportunityId);
            if (deal == null)
            {
                context.Trace("{0} without OpportunityClose.opportunityid: nothing to count.", execution.MessageName);
                return;
            }

            var status = execution.InputParameters.TryGetValue(MessageNames.StatusParameter, out var s) ? (s as OptionSetValue)?.Value : null;
            context.Trace("{0} of deal {1} with status {2}.", execution.MessageName, deal.Id, status?.ToString() ?? "none");
            dealId = deal.Id;
            closedAs = isWin ? OpportunityStatus.Won : OpportunityStatus.Lost;
        }
        else if (IsPartOfWinOrLose(execution))
        {
            return; // The platform's own update while closing: the Win/Lose step counts the close.
        }

        // SYSTEM throughout: the model row and other reps' comparisons are org data no rep may write, and the
        // scorecard is owned by the rep but must only ever be written by CrmSpm.
        var system = context.SystemService;
        var refresher = DealRefresher.For(context, system);
        new DealOutcomeService(new DealContextReader(system), refresher, new DealModelLoader(context.TracingService), system, Clock, context.TracingService)
            .OnStateChanged(dealId, closedAs);
    }

    // An Update the platform raises inside Win/Lose has it as a parent (IPluginExecutionContext.ParentContext,
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext.parentcontext).
    private static bool IsPartOfWinOrLose(IPluginExecutionContext execution)
    {
        var parent = execution.ParentContext;
        for (var hops = 0; parent != null && hops < 32; hops++, parent = parent.ParentContext)
        {
            if (parent.MessageName == MessageNames.Win || parent.MessageName == MessageNames.Lose)
            {
                return true;
            }
        }

        return false;
    }
}
