using System;

namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8: read-only view over Results.
public sealed class CreateResponse : OrganizationResponse
{
    public Guid id => ParameterAccess.Read<Guid>(Results, "id");
}
