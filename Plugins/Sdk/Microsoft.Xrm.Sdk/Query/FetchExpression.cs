namespace Microsoft.Xrm.Sdk.Query;

// A FetchXML query as text (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.fetchexpression).
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    public string Query { get; set; }
}
