namespace Microsoft.Xrm.Sdk.Messages;

// Official Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest: the requests run in one transaction
// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.executetransactionrequest).
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterAccess.Read<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => ParameterAccess.Read<bool?>(Parameters, "ReturnResponses");
        set => Parameters["ReturnResponses"] = value;
    }
}
