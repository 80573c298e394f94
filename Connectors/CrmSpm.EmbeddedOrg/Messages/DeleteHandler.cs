using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.EmbeddedOrg.Messages;

// Delete: removes the row (no cascade). Missing row → ObjectDoesNotExist fault.
internal sealed class DeleteHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        var target = TargetResolver.RequireReference(execution);
        execution.PrimaryEntityName = target.LogicalName;
        execution.PrimaryEntityId = TargetResolver.IdOf(execution.Runtime.Store, target);
    }

    public void Execute(MessageExecution execution)
    {
        var runtime = execution.Runtime;
        var table = execution.PrimaryEntityName;
        var current = TargetResolver.RequireRow(runtime.Store, table, execution.PrimaryEntityId);
        runtime.Access.EnsureCanWrite(execution.UserId, table, current.Values, "prvDelete");
        runtime.Store.Delete(current, table, execution.Transaction?.Undo);
        runtime.Counters.AddRowsWritten(1);
    }

    public OrganizationResponse NewResponse() => new DeleteResponse();
}
