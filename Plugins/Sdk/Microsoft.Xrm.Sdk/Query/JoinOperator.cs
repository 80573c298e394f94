namespace Microsoft.Xrm.Sdk.Query;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.joinoperator
public enum JoinOperator
{
    Inner,
    LeftOuter,
    Natural,
    MatchFirstRowUsingCrossApply,
    In,
    Exists,
    Any,
    NotAny,
    All,
    NotAll,
}
