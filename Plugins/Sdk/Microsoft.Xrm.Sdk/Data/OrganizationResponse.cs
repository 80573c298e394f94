namespace Microsoft.Xrm.Sdk;

// Contract §1.8: typed responses are thin wrappers over Results.
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
