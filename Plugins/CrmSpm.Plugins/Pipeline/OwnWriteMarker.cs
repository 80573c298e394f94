using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>
/// Tells our own writes apart from everyone else's. A step that writes tips puts a shared variable in its context;
/// a step triggered by that write finds it by walking <c>ParentContext</c>, which Dataverse sets for operations a plugin
/// starts ("Pass data between plug-ins", https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
/// and https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext.parentcontext).
/// Unlike <c>Depth</c>, it is not fooled by a flow or another solution's plugin answering a tip for the rep.
/// </summary>
public static class OwnWriteMarker
{
    /// <summary>The shared variable's name; its value is true.</summary>
    public const string VariableName = "CrmSpm.OwnWrite";

    /// <summary>Marks the writes this execution is about to make as ours.</summary>
    public static void Mark(IPluginExecutionContext context) => context.SharedVariables[VariableName] = true;

    /// <summary>True when this execution, or an execution that caused it, marked its writes as ours.</summary>
    public static bool IsOwnWrite(IPluginExecutionContext? context)
    {
        // Bounded walk: Dataverse refuses nesting beyond depth 8, and a broken chain must not loop.
        for (var hops = 0; context != null && hops < 32; hops++, context = context.ParentContext)
        {
            if (context.SharedVariables != null && context.SharedVariables.TryGetValue(VariableName, out var value) && value is true)
            {
                return true;
            }
        }

        return false;
    }
}
