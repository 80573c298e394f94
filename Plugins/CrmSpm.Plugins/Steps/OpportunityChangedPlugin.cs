using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// <c>opportunity</c> Create and Update (PostOperation, synchronous): keeps stage and close-date history, refreshes
/// the deal score and its reasons, raises or closes deal-level tips. Synchronous so the rep sees the new score and
/// tips when the form reloads. Filtered to the columns a rep edits, which excludes every column this step writes:
/// its own update of the deal can never trigger it again.
/// </summary>
public sealed class OpportunityChangedPlugin : PluginBase
{
    /// <summary>The pre-image carries what the history needs to compare; the rest is read fresh in one query.</summary>
    private static readonly string[] PreImageColumns =
    {
        OpportunityColumns.StepName, OpportunityColumns.SalesStage, OpportunityColumns.EstimatedCloseDate,
    };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Create, OpportunityColumns.EntityName, PipelineStage.PostOperation,
            StepMode.Synchronous, StepUser.System),
        new StepRegistration(MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation,
            StepMode.Synchronous, StepUser.System,
            filteringAttributes: OpportunityColumns.TrackedByRep,
            images: new[] { ImageRegistration.Pre(PreImageColumns) }),
    };

    public OpportunityChangedPlugin()
        : this(SystemClock.Instance)
    {
    }

    public OpportunityChangedPlugin(IClock clock)
        : base(clock)
    {
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        // SYSTEM: the deal's derived columns and its tips are CrmSpm's bookkeeping, not the rep's edit. The caller
        // may no longer own the deal (they just reassigned it) or may lack the assign rights a tip for its owner needs.
        var refresher = DealRefresher.ForEvent(context);
        var service = new OpportunityEventService(new DealContextReader(context.SystemService), refresher, Clock, context.TracingService);
        service.OnSaved(context.ExecutionContext.PrimaryEntityId, context.PreImage());
    }
}
