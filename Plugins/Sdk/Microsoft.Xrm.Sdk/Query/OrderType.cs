namespace Microsoft.Xrm.Sdk.Query;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.ordertype
public enum OrderType
{
    Ascending,
    Descending,
}
