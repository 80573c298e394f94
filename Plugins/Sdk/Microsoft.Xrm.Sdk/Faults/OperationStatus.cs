namespace Microsoft.Xrm.Sdk;

// As the official SDK declares it: https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.operationstatus
public enum OperationStatus
{
    Failed,
    Canceled,
    Retry,
    Suspended,
    Succeeded,
}
