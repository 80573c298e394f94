namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: read-only view over Results.
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public EntityCollection EntityCollection => ParameterAccess.Read<EntityCollection>(Results, "EntityCollection");
}
