namespace Microsoft.Xrm.Sdk.Messages;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.upsertrequest
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    public Entity Target
    {
        get => ParameterAccess.Read<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
