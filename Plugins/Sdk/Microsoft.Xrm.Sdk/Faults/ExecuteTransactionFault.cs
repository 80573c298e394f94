namespace Microsoft.Xrm.Sdk;

// Official Microsoft.Xrm.Sdk.ExecuteTransactionFault: which request of an ExecuteTransactionRequest failed
// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executetransactionfault).
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public int FaultedRequestIndex { get; set; }
}
