using System;

namespace Microsoft.Xrm.Sdk;

// Typed requests are thin wrappers over Parameters (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationrequest).
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
