namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8.
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterAccess.Read<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => ParameterAccess.Read<ExecuteMultipleSettings>(Parameters, "Settings");
        set => Parameters["Settings"] = value;
    }
}
