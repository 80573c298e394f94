namespace Microsoft.Xrm.Sdk.Messages;

// Read-only view over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executemultipleresponse).
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public bool IsFaulted => ParameterAccess.Read<bool>(Results, "IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses => ParameterAccess.Read<ExecuteMultipleResponseItemCollection>(Results, "Responses");
}
