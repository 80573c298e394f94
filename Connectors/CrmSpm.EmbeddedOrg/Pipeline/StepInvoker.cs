using System;
using System.ServiceModel;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Messages;
using CrmSpm.EmbeddedOrg.Service;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Runs one step's plugin, keeps its trace, and turns what it throws into what Dataverse reports
// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code): an InvalidPluginExecutionException keeps its message (IsvAborted); a fault from a nested service call
// passes through unchanged; anything else becomes "An unexpected error occurred from ISV code." (IsvUnExpected).
internal sealed class StepInvoker
{
    private readonly OrgRuntime _runtime;
    private readonly Func<OrgRuntime, Guid, ExecutionScope, IOrganizationService> _serviceFor;

    public StepInvoker(OrgRuntime runtime, Func<OrgRuntime, Guid, ExecutionScope, IOrganizationService> serviceFor)
    {
        _runtime = runtime;
        _serviceFor = serviceFor;
    }

    public void Invoke(RegisteredStep step, PluginContext context, ExecutionScope nestedScope)
    {
        var tracing = new TracingService();
        var factory = new ServiceFactory(userId => _serviceFor(_runtime, userId, nestedScope), context.UserId, _runtime.Access.SystemUserId);
        var provider = new PluginServiceProvider(context, factory, tracing);
        string? failure = null;
        var timer = _runtime.Sandbox.Start(step.Name);
        try
        {
            step.Plugin.Execute(provider);
            _runtime.Sandbox.EnsureWithinLimit(timer);
            if (nestedScope.Transaction is { Doomed: true })
            {
                // The plugin caught a failed service call and carried on: Dataverse refuses that immediately.
                failure = "swallowed a failed service call";
                throw OrgFaults.IsvReducedTransactionCount();
            }
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            failure = fault.Detail?.Message ?? fault.Message;
            throw;
        }
        catch (InvalidPluginExecutionException error)
        {
            failure = error.Message;
            throw WithSubCode(OrgFaults.Create(ErrorCodes.IsvAborted, error.Message, tracing.Text), error);
        }
        catch (Exception error)
        {
            failure = $"{error.GetType().FullName}: {error.Message}";
            throw OrgFaults.Create(ErrorCodes.IsvUnExpected, OrgFaults.UnexpectedIsvError, tracing.Text + failure);
        }
        finally
        {
            _runtime.Sandbox.End(timer);
            _runtime.Traces.Add(new PluginTrace(
                step.Name,
                context.MessageName,
                context.PrimaryEntityName,
                context.PrimaryEntityId,
                context.Stage,
                context.Mode,
                context.Depth,
                context.CorrelationId,
                _runtime.UtcNow,
                tracing.Text,
                failure,
                timer.Used));
        }
    }

    // An InvalidPluginExecutionException (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/handle-exceptions-code): the operation status and the plugin's own code travel as details.
    private static FaultException<OrganizationServiceFault> WithSubCode(FaultException<OrganizationServiceFault> fault, InvalidPluginExecutionException error)
    {
        fault.Detail.ErrorDetails[ParameterNames.OperationStatusDetail] = (int)error.Status;
        fault.Detail.ErrorDetails[ParameterNames.SubErrorCodeDetail] = error.ErrorCode;
        return fault;
    }
}
