namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8.
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    public Entity Target
    {
        get => ParameterAccess.Read<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterAccess.Read<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
