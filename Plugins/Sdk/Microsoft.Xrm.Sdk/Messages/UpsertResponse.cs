namespace Microsoft.Xrm.Sdk.Messages;

// Read-only view over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertresponse).
public sealed class UpsertResponse : OrganizationResponse
{
    public bool RecordCreated => ParameterAccess.Read<bool>(Results, "RecordCreated");

    public EntityReference Target => ParameterAccess.Read<EntityReference>(Results, "Target");
}
