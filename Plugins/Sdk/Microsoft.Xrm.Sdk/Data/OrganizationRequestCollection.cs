namespace Microsoft.Xrm.Sdk;

// The requests of an ExecuteMultipleRequest (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequestcollection).
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
