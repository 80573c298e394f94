namespace Microsoft.Xrm.Sdk.Messages;

// Official Microsoft.Xrm.Sdk.Messages.ExecuteTransactionResponse: read-only view over Results.
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public OrganizationResponseCollection Responses => ParameterAccess.Read<OrganizationResponseCollection>(Results, "Responses");
}
