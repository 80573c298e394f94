namespace Microsoft.Xrm.Sdk.Query;

// Contract §1.10 (values in official declaration order).
public enum LogicalOperator
{
    And,
    Or,
}
