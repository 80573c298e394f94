namespace Microsoft.Xrm.Sdk;

// Only Stage and ParentContext are declared here (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext).
public interface IPluginExecutionContext : IExecutionContext
{
    int Stage { get; }

    IPluginExecutionContext ParentContext { get; }
}
