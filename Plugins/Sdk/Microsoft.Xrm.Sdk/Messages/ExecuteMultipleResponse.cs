namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: read-only view over Results.
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public bool IsFaulted => ParameterAccess.Read<bool>(Results, "IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses => ParameterAccess.Read<ExecuteMultipleResponseItemCollection>(Results, "Responses");
}
