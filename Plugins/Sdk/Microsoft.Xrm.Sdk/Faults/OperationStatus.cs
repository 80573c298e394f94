namespace Microsoft.Xrm.Sdk;

// Contract §1.9 (0..4).
public enum OperationStatus
{
    Failed,
    Canceled,
    Retry,
    Suspended,
    Succeeded,
}
