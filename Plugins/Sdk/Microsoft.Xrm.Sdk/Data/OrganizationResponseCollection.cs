namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponsecollection
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
}
