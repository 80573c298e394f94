using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmSpm.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>
/// The one base of every CrmSpm plugin: builds a <see cref="LocalPluginContext"/> per execution, traces entry and exit,
/// and decides what a failure does. Plugins keep no instance state beyond readonly configuration (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless).
/// </summary>
public abstract class PluginBase : IPlugin
{
    /// <summary>Plugins built by the platform read the real clock; tests and replays pass their own.</summary>
    protected PluginBase(IClock clock)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The only source of "now" for the services this plugin composes.</summary>
    protected IClock Clock { get; }

    /// <summary>The steps this plugin runs in: the single declaration the solution packer turns into the solution's step registrations.</summary>
    public abstract IReadOnlyList<StepRegistration> Steps { get; }

    /// <summary>
    /// Whether a failure of this plugin may reach the caller. False for every step on a rep's save path: a rep's save
    /// never fails because of our internal error, the nightly recompute heals what a skipped event left behind.
    /// </summary>
    protected abstract bool FailuresReachCaller { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = new LocalPluginContext(serviceProvider);
        var execution = context.ExecutionContext;
        var name = GetType().Name;
        context.Trace(
            "Entered {0}: {1} of {2} {3}, stage {4}, depth {5}, correlation {6}.",
            name, execution.MessageName, execution.PrimaryEntityName, execution.PrimaryEntityId, execution.Stage,
            execution.Depth, execution.CorrelationId);
        try
        {
            ExecuteStep(context);
        }
        catch (InvalidPluginExecutionException) when (FailuresReachCaller)
        {
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (FailuresReachCaller)
        {
            context.Trace("{0}: organization service fault {1}: {2}", name, fault.Detail?.ErrorCode ?? 0, fault.Detail?.Message ?? fault.Message);
            throw new InvalidPluginExecutionException($"{name} could not complete: {fault.Detail?.Message ?? fault.Message}", fault);
        }
        catch (Exception exception) when (!FailuresReachCaller)
        {
            // Never fail the rep's save. Note the platform still aborts the transaction if a *service call* failed inside
            // it, which is why the steps avoid calls that can fault (docs/plugins.md, "Failures").
            context.Trace("{0}: skipped after an internal error, the nightly recompute will heal it. {1}: {2}", name, exception.GetType().Name, exception.Message);
            Health.HealthRecorder.TryRecordStepFailure(context, name, exception, Clock.UtcNow); // Trace logs are off in production: the admin page reads this row.
        }
        finally
        {
            context.Trace("Exiting {0}.", name);
        }
    }

    /// <summary>The step's work: map the event to a service call. Logic lives in the services, not here.</summary>
    protected abstract void ExecuteStep(LocalPluginContext context);
}
