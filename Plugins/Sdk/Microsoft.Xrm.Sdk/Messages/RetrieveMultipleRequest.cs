using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

// Contract §1.8.
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    public QueryBase Query
    {
        get => ParameterAccess.Read<QueryBase>(Parameters, "Query");
        set => Parameters["Query"] = value;
    }
}
