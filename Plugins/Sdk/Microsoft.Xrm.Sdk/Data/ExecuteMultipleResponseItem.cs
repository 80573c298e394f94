namespace Microsoft.Xrm.Sdk;

// Contract §1.8: RequestIndex is 0-based; Fault is set for a failed request.
public sealed class ExecuteMultipleResponseItem
{
    public int RequestIndex { get; set; }

    public OrganizationResponse Response { get; set; }

    public OrganizationServiceFault Fault { get; set; }
}
