using System;

namespace Microsoft.Xrm.Sdk;

// Contract §1.8: typed requests are thin wrappers over Parameters.
public class OrganizationRequest
{
    public OrganizationRequest()
    {
        Parameters = new ParameterCollection();
    }

    public OrganizationRequest(string requestName)
        : this()
    {
        RequestName = requestName;
    }

    public string RequestName { get; set; }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ParameterCollection Parameters { get; set; }

    public Guid? RequestId { get; set; }
}
