using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Outcomes;
using CrmSpm.Plugins.Pipeline;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// <c>Win</c> and <c>Lose</c> of an opportunity, and an Update of its <c>statecode</c> (a reopen, or a close done by
/// update), PostOperation synchronous: the team's deal model, the owner's outcomes and recognition. Contract §2.9
/// leaves open which of these messages a close raises, so the step listens to all of them and is idempotent.
/// </summary>
public sealed class DealClosedPlugin : PluginBase
{
    private static readonly string[] StateColumns = { OpportunityColumns.StateCode };

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Synchronous, StepUser.System),
        new StepRegistration(MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Synchronous, StepUser.System),
        new StepRegistration(MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation, StepMode.Synchronous,
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
        // SYSTEM throughout: the model row and other reps' comparisons are org data no rep may write, and the
        // scorecard is owned by the rep but must only ever be written by CrmSpm.
        var system = context.SystemService;
        var models = new DealModelLoader(context.TracingService);
        var refresher = DealRefresher.For(context, system);
        new DealOutcomeService(new DealContextReader(system), refresher, models, system, Clock, context.TracingService)
            .OnStateChanged(context.ExecutionContext.PrimaryEntityId);
    }
}
