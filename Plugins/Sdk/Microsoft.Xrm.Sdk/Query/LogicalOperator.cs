namespace Microsoft.Xrm.Sdk.Query;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.logicaloperator
public enum LogicalOperator
{
    And,
    Or,
}
