namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8.
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    public EntityReference Target
    {
        get => ParameterAccess.Read<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterAccess.Read<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
