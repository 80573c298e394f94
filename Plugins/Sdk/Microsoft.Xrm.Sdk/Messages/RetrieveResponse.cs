namespace Microsoft.Xrm.Sdk.Messages;

// Read-only view over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrieveresponse).
public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => ParameterAccess.Read<Entity>(Results, "Entity");
}
