namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10 (values in official declaration order).
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
