namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10: the base of QueryExpression, QueryByAttribute and FetchExpression.
public abstract class QueryBase
{
}
