namespace Microsoft.Xrm.Sdk;

// Contract §1.8: the requests of an ExecuteMultipleRequest.
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
