using System;
using System.Collections.Generic;
using CrmSpm.EmbeddedOrg.Faults;
using CrmSpm.EmbeddedOrg.Messages;
using CrmSpm.EmbeddedOrg.Store;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Runs one message through the event pipeline (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework):
// PreValidation (outside the transaction at the top level) → PreOperation → main operation (+ custom API stage 30)
// → PostOperation, then queues asynchronous steps to run after commit. Any exception from a synchronous stage rolls
// back every write of the transaction, nested calls included (same page: synchronous steps share the transaction).
internal sealed class MessagePipeline
{
    // Plugin-facing output keys that differ from the SDK response's keys (Retrieve: BusinessEntity vs Entity).
    private static readonly Dictionary<string, string> ResponseKeys = new(StringComparer.Ordinal)
    {
        [ParameterNames.BusinessEntity] = ParameterNames.ResponseEntity,
        [ParameterNames.BusinessEntityCollection] = ParameterNames.ResponseEntityCollection,
    };

    // Passed where no step exists to read it; never written.
    private static readonly ParameterCollection NoSharedVariables = new();

    private readonly OrgRuntime _runtime;
    private readonly HandlerCatalog _handlers = new();
    private readonly StepInvoker _invoker;
    private readonly ContextBuilder _contexts;
    private readonly Func<OrganizationRequest, MessageExecution, bool, OrganizationResponse> _runInternal;

    public MessagePipeline(OrgRuntime runtime, StepInvoker invoker)
    {
        _runtime = runtime;
        _invoker = invoker;
        _contexts = new ContextBuilder(runtime);
        _runInternal = RunInternal;
    }

    public OrganizationResponse Execute(OrganizationRequest request, Guid userId, ExecutionScope caller)
    {
        if (request == null || string.IsNullOrWhiteSpace(request.RequestName))
        {
            throw OrgFaults.InvalidArgument("The request has no RequestName.");
        }

        var message = MessageNames.ForRequest(request.RequestName);
        var handler = _handlers.Find(request.RequestName)
            ?? (_runtime.Steps.HasMessage(message) ? _handlers.CustomApi : null)
            ?? throw OrgFaults.InvalidArgument($"The request '{request.RequestName}' is not supported by the embedded organization, and no custom API step is registered for it.");

        var depth = caller.Depth + 1;
        if (depth > _runtime.Options.MaxDepth)
        {
            throw OrgFaults.Create(ErrorCodes.InfiniteLoop, OrgFaults.InfiniteLoopMessage);
        }

        // A call as a user that does not exist fails like Dataverse: systemuser With Id = … Does Not Exist.
        _runtime.Access.BusinessUnitOf(userId);

        var execution = new MessageExecution(
            _runtime, request.RequestName, message, request.Parameters ?? new ParameterCollection(), userId,
            caller.InitiatingUserId ?? userId, depth, caller, _runInternal);
        handler.Describe(execution);
        var steps = _runtime.Steps.For(message, execution.PrimaryEntityName);
        var parts = UpdateSplitter.Parts(execution);
        if (steps.Count > 0 || parts.Count > 1)
        {
            execution.IsolateInputs(CopyParameters);
            parts = UpdateSplitter.Parts(execution);
        }

        // Only steps read or write shared variables: a bare message needs none.
        var shared = steps.Count > 0 ? new ParameterCollection() : NoSharedVariables;

        RunStage(PipelineStage.PreValidation, steps, execution, shared, null, null, caller.Transaction);
        if (steps.Count > 0)
        {
            execution.OperationContext = _contexts.BuildOperation(execution, shared);
        }

        var owned = caller.Transaction == null ? new Transaction() : null;
        execution.Transaction = caller.Transaction ?? owned!;
        try
        {
            // https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior: an Update of state/status plus other columns runs the in-transaction stages twice.
            for (var i = 0; i < parts.Count; i++)
            {
                RunMainStages(handler, steps, execution, shared, parts[i]);
            }

            if (owned != null)
            {
                Commit(owned);
            }
        }
        catch
        {
            owned?.Rollback();
            throw;
        }

        return BuildResponse(handler, execution);
    }

    // ExecuteTransaction (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction):
    // the requests run in order in one transaction; the first fault rolls back all of them and surfaces as an
    // ExecuteTransactionFault naming the request's index. Batches cannot nest.
    public OrganizationResponse ExecuteTransaction(OrganizationRequest request, Guid userId, ExecutionScope caller)
    {
        var requests = request.Parameters.TryGetValue(ParameterNames.Requests, out var r) ? r as OrganizationRequestCollection : null;
        if (requests == null || requests.Count == 0)
        {
            throw OrgFaults.InvalidArgument("ExecuteTransaction needs at least one request in Requests.");
        }

        if (requests.Count > _runtime.Options.MaxBatchSize)
        {
            throw OrgFaults.InvalidArgument($"The number of requests ({requests.Count}) exceeds the maximum batch size of {_runtime.Options.MaxBatchSize}.");
        }

        var owned = caller.Transaction == null ? new Transaction() : null;
        var scope = caller with { Transaction = caller.Transaction ?? owned };
        var responses = new OrganizationResponseCollection();
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                if (requests[index]?.RequestName is MessageNames.ExecuteMultiple or MessageNames.ExecuteTransaction or null)
                {
                    throw OrgFaults.InvalidArgument("ExecuteTransaction cannot contain ExecuteMultiple or ExecuteTransaction requests.");
                }

                responses.Add(Execute(requests[index], userId, scope));
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
            {
                owned?.Rollback();
                var detail = new ExecuteTransactionFault
                {
                    ErrorCode = fault.Detail.ErrorCode,
                    Message = fault.Detail.Message,
                    TraceText = fault.Detail.TraceText,
                    InnerFault = fault.Detail,
                    FaultedRequestIndex = index,
                };
                throw new System.ServiceModel.FaultException<OrganizationServiceFault>(detail, new System.ServiceModel.FaultReason(detail.Message));
            }
        }

        if (owned != null)
        {
            Commit(owned);
        }

        var response = new Microsoft.Xrm.Sdk.Messages.ExecuteTransactionResponse { ResponseName = MessageNames.ExecuteTransaction };
        if (request.Parameters.TryGetValue(ParameterNames.ReturnResponses, out var rr) && rr is true)
        {
            response.Results[ParameterNames.Responses] = responses;
        }

        return response;
    }

    private void RunMainStages(IMessageHandler handler, List<RegisteredStep> steps, MessageExecution execution, ParameterCollection shared, Entity? target)
    {
        if (target != null)
        {
            execution.InputParameters[ParameterNames.Target] = target;
        }

        var before = NeedsImages(steps, pre: true) ? CurrentRow(execution) : null;
        RunStage(PipelineStage.PreOperation, steps, execution, shared, before, null, execution.Transaction);
        handler.Execute(execution);
        RunStage(PipelineStage.MainOperation, steps, execution, shared, before, null, execution.Transaction);
        var after = NeedsImages(steps, pre: false) ? CurrentRow(execution) : null;
        RunStage(PipelineStage.PostOperation, steps, execution, shared, before, after, execution.Transaction);
        StageAsyncJobs(steps, execution, shared, before, after);
    }

    private OrganizationResponse RunInternal(OrganizationRequest request, MessageExecution parent, bool platformWrite)
    {
        // Same depth as the parent message: the platform, not a plugin, issues it. Its steps see the parent message as
        // ParentContext ("pipeline execution of the AssignRequest results in the internal generation of an
        // UpdateRequest ... ParentContext set to the execution context of the original assign request",
        // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext.parentcontext).
        var scope = new ExecutionScope(parent.Depth - 1, parent.OperationContext ?? parent.Caller.ParentContext, parent.Transaction, parent.InitiatingUserId, parent.Caller.CorrelationId, platformWrite);
        return Execute(request, parent.UserId, scope);
    }

    private void RunStage(PipelineStage stage, List<RegisteredStep> steps, MessageExecution execution, ParameterCollection shared, Row? before, Row? after, Transaction? transaction)
    {
        foreach (var step in steps)
        {
            if (step.Stage != stage || step.Mode != StepMode.Synchronous || !step.PassesFilter(execution.MessageName, execution.Input<Entity>(ParameterNames.Target)))
            {
                continue;
            }

            var context = _contexts.Build(step, execution, shared, before, after, transaction != null, StepMode.Synchronous);
            var nested = new ExecutionScope(context.Depth, context, transaction, context.InitiatingUserId, context.CorrelationId);
            _invoker.Invoke(step, context, nested);
        }
    }

    private void StageAsyncJobs(List<RegisteredStep> steps, MessageExecution execution, ParameterCollection shared, Row? before, Row? after)
    {
        foreach (var step in steps)
        {
            if (step.Mode != StepMode.Asynchronous || !step.PassesFilter(execution.MessageName, execution.Input<Entity>(ParameterNames.Target)))
            {
                continue;
            }

            var context = _contexts.Build(step, execution, CopyParameters(shared), before, after, inTransaction: false, StepMode.Asynchronous);
            var record = new SystemJob(_runtime.Ids.Next(), step.Name, execution.MessageName, execution.PrimaryEntityName, execution.PrimaryEntityId, execution.UtcNow);
            execution.Transaction!.StagedJobs.Add(new AsyncJob(step, context, record));
        }
    }

    private void Commit(Transaction transaction)
    {
        transaction.Undo.Clear();
        if (!transaction.HasStagedJobs)
        {
            return;
        }

        foreach (var job in transaction.StagedJobs)
        {
            _runtime.PendingJobs.Enqueue(job);
            _runtime.SystemJobs.Add(job.Record);
        }

        transaction.StagedJobs.Clear();
    }

    private Row? CurrentRow(MessageExecution execution) =>
        execution.PrimaryEntityId == Guid.Empty ? null : _runtime.Store.Find(execution.PrimaryEntityName, execution.PrimaryEntityId);

    private static bool NeedsImages(List<RegisteredStep> steps, bool pre)
    {
        foreach (var step in steps)
        {
            foreach (var image in step.Registration.Images)
            {
                if (pre ? image.IsPre : image.IsPost)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static OrganizationResponse BuildResponse(IMessageHandler handler, MessageExecution execution)
    {
        var response = handler.NewResponse();
        response.ResponseName = execution.RequestName;
        foreach (var pair in execution.OutputParameters)
        {
            response.Results[ResponseKeys.TryGetValue(pair.Key, out var key) ? key : pair.Key] = pair.Value;
        }

        return response;
    }

    // The platform serializes every request: plugins and the store never share objects with the caller.
    private static ParameterCollection CopyParameters(ParameterCollection? source)
    {
        var copy = new ParameterCollection();
        if (source != null)
        {
            foreach (var pair in source)
            {
                copy[pair.Key] = ValueCloner.Clone(pair.Value);
            }
        }

        return copy;
    }
}
