namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: no results.
public sealed class DeleteResponse : OrganizationResponse
{
}
