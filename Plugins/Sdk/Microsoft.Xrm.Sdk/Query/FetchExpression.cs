namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10 / §1.11: a FetchXML query as text.
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
