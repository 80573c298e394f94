namespace Microsoft.Xrm.Sdk;

// Contract §1.2: only Stage and ParentContext are declared here.
public interface IPluginExecutionContext : IExecutionContext
{
    int Stage { get; }

    IPluginExecutionContext ParentContext { get; }
}
