namespace Microsoft.Xrm.Sdk;

// Contract §1.8.
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
}
