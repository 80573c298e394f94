namespace Microsoft.Xrm.Sdk.Messages;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createrequest
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    public Entity Target
    {
        get => ParameterAccess.Read<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}
