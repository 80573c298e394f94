using System;

namespace Microsoft.Xrm.Sdk.Messages;

// Read-only view over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.createresponse).
public sealed class CreateResponse : OrganizationResponse
{
    public Guid id => ParameterAccess.Read<Guid>(Results, "id");
}
