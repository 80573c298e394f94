namespace Microsoft.Xrm.Sdk;

// RequestIndex is 0-based; Fault is set for a failed request (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.executemultipleresponseitem).
public sealed class ExecuteMultipleResponseItem
{
    public int RequestIndex { get; set; }

    public OrganizationResponse Response { get; set; }

    public OrganizationServiceFault Fault { get; set; }
}
