namespace Microsoft.Xrm.Sdk;

// Contract §1.5 / §1.9: extra fault details, e.g. "MaxBatchSize" for ExecuteMultiple.
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
