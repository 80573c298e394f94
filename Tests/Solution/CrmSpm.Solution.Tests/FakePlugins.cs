using Microsoft.Xrm.Sdk;

// Types shaped the ways a plug-in type can be right or wrong, for PluginTypeCheckTests (top-level, as plug-in types are).
namespace CrmSpm.Solution.Tests.FakePlugins;

public abstract class BasePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}

public sealed class DerivedPlugin : BasePlugin
{
}

public sealed class DefaultPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}

public sealed class TwoStringPlugin : IPlugin
{
    public TwoStringPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        Configuration = unsecureConfiguration + secureConfiguration;
    }

    public string Configuration { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
    }
}

public sealed class IntConfiguredPlugin : IPlugin
{
    public IntConfiguredPlugin(int retries) => Retries = retries;

    public int Retries { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
    }
}

public sealed class NotAPlugin
{
}

internal sealed class InternalPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
