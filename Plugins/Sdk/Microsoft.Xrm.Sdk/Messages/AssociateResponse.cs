namespace Microsoft.Xrm.Sdk.Messages;

// No results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.associateresponse).
public sealed class AssociateResponse : OrganizationResponse
{
}
