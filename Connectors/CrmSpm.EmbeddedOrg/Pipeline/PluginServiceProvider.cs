using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// The IServiceProvider handed to IPlugin.Execute: the context, the service factory and the tracing service (https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in).
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginContext _context;
    private readonly IOrganizationServiceFactory _factory;
    private readonly ITracingService _tracing;

    public PluginServiceProvider(PluginContext context, IOrganizationServiceFactory factory, ITracingService tracing)
    {
        _context = context;
        _factory = factory;
        _tracing = tracing;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return _context;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return _factory;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        return null;
    }
}
