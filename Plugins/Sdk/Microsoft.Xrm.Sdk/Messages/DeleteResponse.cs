namespace Microsoft.Xrm.Sdk.Messages;

// No results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.deleteresponse).
public sealed class DeleteResponse : OrganizationResponse
{
}
