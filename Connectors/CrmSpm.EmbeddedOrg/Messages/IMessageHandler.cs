using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Messages;

// The main operation of one message. Describe names the primary table and id (for step matching and images);
// Execute does the work and fills OutputParameters under the plugin-facing keys (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context).
internal interface IMessageHandler
{
    void Describe(MessageExecution execution);

    void Execute(MessageExecution execution);

    OrganizationResponse NewResponse();
}
