namespace Microsoft.Xrm.Sdk.Messages;

// Read-only view over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.retrievemultipleresponse).
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public EntityCollection EntityCollection => ParameterAccess.Read<EntityCollection>(Results, "EntityCollection");
}
