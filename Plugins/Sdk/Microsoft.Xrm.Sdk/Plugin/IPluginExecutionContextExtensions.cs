namespace Microsoft.Xrm.Sdk;

// The static class name and its two members are official (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontextextensions).
public static class IPluginExecutionContextExtensions
{
    public static bool IsWithinMainTransaction(this IPluginExecutionContext context)
    {
        return context.Stage >= 20 && context.Stage <= 40;
    }

    public static bool IsAutoTransact(this IPluginExecutionContext context)
    {
        return (bool)context.SharedVariables["IsAutoTransact"];
    }
}
