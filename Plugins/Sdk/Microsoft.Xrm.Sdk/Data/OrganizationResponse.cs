namespace Microsoft.Xrm.Sdk;

// Typed responses are thin wrappers over Results (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.organizationresponse).
public class OrganizationResponse
{
    public OrganizationResponse()
    {
        Results = new ParameterCollection();
    }

    public string ResponseName { get; set; }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ParameterCollection Results { get; set; }
}
