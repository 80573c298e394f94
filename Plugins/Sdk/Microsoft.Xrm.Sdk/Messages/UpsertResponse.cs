namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: read-only view over Results.
public sealed class UpsertResponse : OrganizationResponse
{
    public bool RecordCreated => ParameterAccess.Read<bool>(Results, "RecordCreated");

    public EntityReference Target => ParameterAccess.Read<EntityReference>(Results, "Target");
}
