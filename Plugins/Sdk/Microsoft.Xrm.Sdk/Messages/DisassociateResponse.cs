namespace Microsoft.Xrm.Sdk.Messages;

// No results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.disassociateresponse).
public sealed class DisassociateResponse : OrganizationResponse
{
}
