using System;
using CrmSpm.EmbeddedOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// One message going through the pipeline: its parameters (the same collections the plugins see), the caller and
// the transaction. Handlers read InputParameters after PreOperation, so pre-stage changes to Target take effect.
internal sealed class MessageExecution
{
    private readonly Func<OrganizationRequest, MessageExecution, bool, OrganizationResponse> _runInternal;

    public MessageExecution(
        OrgRuntime runtime,
        string requestName,
        string messageName,
        ParameterCollection input,
        Guid userId,
        Guid initiatingUserId,
        int depth,
        ExecutionScope caller,
        Func<OrganizationRequest, MessageExecution, bool, OrganizationResponse> runInternal)
    {
        Runtime = runtime;
        RequestName = requestName;
        MessageName = messageName;
        InputParameters = input;
        UserId = userId;
        InitiatingUserId = initiatingUserId;
        Depth = depth;
        Caller = caller;
        _runInternal = runInternal;
        UtcNow = runtime.UtcNow;
    }

    public OrgRuntime Runtime { get; }

    public string RequestName { get; }

    public string MessageName { get; }

    // The caller's own parameters until IsolateInputs; then a deep copy that plugins may change freely.
    public ParameterCollection InputParameters { get; private set; }

    public bool InputsIsolated { get; private set; }

    // The platform serializes every request, so plugins never share objects with the caller. Without plugins the
    // handlers only read the inputs (and copy what they store), so the copy is made only when someone could write.
    public void IsolateInputs(Func<ParameterCollection, ParameterCollection> copy)
    {
        if (!InputsIsolated)
        {
            InputParameters = copy(InputParameters);
            InputsIsolated = true;
        }
    }

    public ParameterCollection OutputParameters { get; } = new();

    public Guid UserId { get; }

    public Guid InitiatingUserId { get; }

    public int Depth { get; }

    public ExecutionScope Caller { get; }

    // Set by the pipeline before PreOperation; null only during PreValidation.
    public Transaction? Transaction { get; set; }

    // The main-operation context (stage 30) that PreOperation, PostOperation and async steps see as ParentContext:
    // its SharedVariables are the PreValidation ones (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context). Null until PreValidation has run.
    public PluginContext? OperationContext { get; set; }

    public string PrimaryEntityName { get; set; } = "none";

    public Guid PrimaryEntityId { get; set; }

    public DateTime UtcNow { get; }

    // A platform-internal follow-up message (Upsert's Create or Update, Win's opportunityclose) at the same depth,
    // inside this transaction, through the full pipeline.
    public OrganizationResponse RunInternal(OrganizationRequest request, bool platformWrite = false) => _runInternal(request, this, platformWrite);

    public T? Input<T>(string key)
        where T : class
    {
        return InputParameters.TryGetValue(key, out var value) ? value as T : null;
    }
}
