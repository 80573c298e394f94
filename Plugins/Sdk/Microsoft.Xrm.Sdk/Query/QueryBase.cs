namespace Microsoft.Xrm.Sdk.Query;

// The base of QueryExpression, QueryByAttribute and FetchExpression (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.querybase).
public abstract class QueryBase
{
}
