namespace Microsoft.Xrm.Sdk;

// Contract §1.8.
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
}
