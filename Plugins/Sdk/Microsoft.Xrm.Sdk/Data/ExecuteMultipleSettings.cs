namespace Microsoft.Xrm.Sdk;

// Contract §1.8 / §1.12 (ExecuteMultiple row).
public sealed class ExecuteMultipleSettings
{
    public bool ContinueOnError { get; set; }

    public bool ReturnResponses { get; set; }
}
