namespace Microsoft.Xrm.Sdk;

// Extra fault details, e.g. "MaxBatchSize" for ExecuteMultiple (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.errordetailcollection).
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
