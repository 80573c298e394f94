using System;
using System.Collections.Generic;
using CrmSpm.Core.Time;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Health;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Profiles;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Steps;

/// <summary>
/// The custom API <c>crmspm_RecalculateScorecards</c> (unbound), implemented in its main operation (stage 30, the only
/// stage a custom API's own plug-in runs in, synchronous, so it can set output parameters:
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api). Input <c>ContinuationToken</c> (empty
/// to start a run); output <c>NextContinuationToken</c> (empty when the run is complete). One execution works until
/// its time budget is spent; the caller, a scheduled flow or the CLI, calls again with the token until it is empty.
/// The API never calls itself, so depth stays 1 however long the run. The first execution of a run decides the org
/// standing and stores it on an org-level model-state row; a later token whose standing is gone or overtaken fails. Each execution records its counts in
/// <c>crmspm_pluginhealth</c> for the admin page; a failure reaches the caller (the flow run fails, visibly).
/// </summary>
public sealed class RecalculateScorecardsPlugin : PluginBase
{
    private static readonly StepRegistration[] Registrations =
    {
        new StepRegistration(MessageNames.RecalculateScorecards, "", PipelineStage.MainOperation, StepMode.Synchronous, StepUser.System),
    };

    private readonly RecomputeTiming _timing;
    private readonly TimeSpan _softLimit;

    public RecalculateScorecardsPlugin()
        : this(SystemClock.Instance)
    {
    }

    /// <param name="clock">"Now" for a new run's as-of instant and the health record.</param>
    /// <param name="timing">How an execution measures its time: the real stopwatch by default; tests simulate a latency per call.</param>
    /// <param name="softLimit">When an execution stops starting new work (<see cref="ExecutionBudget.DefaultSoftLimit"/> by default).</param>
    public RecalculateScorecardsPlugin(IClock clock, RecomputeTiming? timing = null, TimeSpan? softLimit = null)
        : base(clock)
    {
        _timing = timing ?? RecomputeTiming.Real;
        _softLimit = softLimit ?? ExecutionBudget.DefaultSoftLimit;
    }

    public override IReadOnlyList<StepRegistration> Steps => Registrations;

    protected override bool FailuresReachCaller => true;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var tracing = context.TracingService;
        // SystemService counts its calls in context.RoundTrips: the health row's figure and the simulated latency.
        var calls = context.SystemService;
        var budget = new ExecutionBudget(_softLimit, _timing.Start(context.RoundTrips));
        context.ExecutionContext.InputParameters.TryGetValue(MessageNames.ContinuationTokenParameter, out var input);
        var tips = new TipWriter(calls);
        var refresher = new DealRefresher(new ActiveProfileReader(calls), new ProfileResolver(tracing), new DealModelLoader(tracing), calls, tips, new TipReader(calls), tracing);
        var service = new RecalculationService(new TeamLoader(calls), new StandingReader(calls), new StandingStore(calls), new ActiveProfileReader(calls),
            new ProfileResolver(tracing), new TeamRecalculator(refresher, tips, calls, tracing), Clock);

        RecalculationResult result;
        try
        {
            result = service.Run(input as string, budget);
        }
        catch (FormatException exception)
        {
            throw new InvalidPluginExecutionException(exception.Message, exception);
        }

        var elapsed = budget.Elapsed;
        HealthRecorder.RecordRecompute(calls, result, context.RoundTrips.Calls, elapsed, Clock.UtcNow);
        context.ExecutionContext.OutputParameters[MessageNames.NextContinuationTokenParameter] = result.NextToken;
        context.Trace("Execution: {0} calls, {1}{2} teams done, {3} scorecards and {4} deals written, {5} stale deals; next token '{6}'.",
            context.RoundTrips.Calls, result.StandingDecided ? "org standing decided, " : "", result.TeamsCompleted, result.ScorecardsWritten, result.DealsWritten, result.StaleDeals, result.NextToken);
        context.Trace("Calls by kind: {0}.", context.RoundTrips.Breakdown());
    }
}
