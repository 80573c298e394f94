using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// A custom API: its implementation is its plug-in type, which the host registers as the message's MainOperation
// (stage 30) step (CrmSpm.PluginHost's CustomApiRegistrar); this handler only names the bound table (an EntityReference "Target" parameter) so steps can match it.
internal sealed class CustomApiHandler : IMessageHandler
{
    public void Describe(MessageExecution execution)
    {
        if (execution.Input<EntityReference>(ParameterNames.Target) is { } target && !string.IsNullOrEmpty(target.LogicalName))
        {
            execution.PrimaryEntityName = target.LogicalName;
            execution.PrimaryEntityId = target.Id;
        }
    }

    public void Execute(MessageExecution execution)
    {
    }

    public OrganizationResponse NewResponse() => new OrganizationResponse();
}
