namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: read-only view over Results.
public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => ParameterAccess.Read<Entity>(Results, "Entity");
}
