namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8.
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
