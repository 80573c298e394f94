using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Profiles;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// The custom API <c>crmspm_RecalculateScorecards</c> (unbound), run as an asynchronous step so the caller (a scheduled
/// flow, the manager's page) returns at once. Each execution processes up to <see cref="DefaultTeamsPerExecution"/> teams; if
/// more remain it calls the API again with the continuation token, which queues the next execution. The input
/// <c>ContinuationToken</c> is empty to start a run. Failures land in the system job, never in a rep's save.
/// </summary>
public sealed class RecalculateScorecardsPlugin : PluginBase
{
    /// <summary>Teams per execution by default: keeps one execution well inside the sandbox's 2-minute limit (contract §2.2).</summary>
    public const int DefaultTeamsPerExecution = 25;

    private readonly int _teamsPerExecution;

    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.RecalculateScorecards, "", PipelineStage.PostOperation, StepMode.Asynchronous, StepUser.System),
    };

    public RecalculateScorecardsPlugin()
        : this(SystemClock.Instance)
    {
    }

    public RecalculateScorecardsPlugin(IClock clock, int teamsPerExecution = DefaultTeamsPerExecution)
        : base(clock)
    {
        _teamsPerExecution = teamsPerExecution > 0 ? teamsPerExecution : DefaultTeamsPerExecution;
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => true;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var system = context.SystemService;
        var tracing = context.TracingService;
        context.ExecutionContext.InputParameters.TryGetValue(MessageNames.ContinuationTokenParameter, out var input);
        var refresher = DealRefresher.For(context, system);
        var service = new RecalculationService(new TeamLoader(system), new ActiveProfileReader(system), new ProfileResolver(tracing), refresher,
            new TipWriter(system), system, Clock, tracing);

        string next;
        try
        {
            next = service.RunPages(input as string, _teamsPerExecution);
        }
        catch (System.FormatException exception)
        {
            throw new InvalidPluginExecutionException(exception.Message, exception);
        }

        if (next.Length > 0)
        {
            context.Trace("More teams remain: queuing the next execution with token {0}.", next);
            var again = new OrganizationRequest(MessageNames.RecalculateScorecards);
            again[MessageNames.ContinuationTokenParameter] = next;
            system.Execute(again);
        }
    }
}
