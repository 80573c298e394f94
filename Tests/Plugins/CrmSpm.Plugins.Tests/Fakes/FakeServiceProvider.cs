using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Fakes;

/// <summary>
/// The services the platform hands a plugin: the context, a tracer that keeps its lines, and a factory that returns
/// <see cref="UserService"/> for the calling user and <see cref="SystemService"/> for SYSTEM (null id, https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
/// </summary>
public sealed class FakeServiceProvider : IServiceProvider, IOrganizationServiceFactory, ITracingService
{
    public FakeServiceProvider(FakePluginExecutionContext context, IOrganizationService userService, IOrganizationService systemService)
    {
        Context = context;
        UserService = userService;
        SystemService = systemService;
    }

    public FakePluginExecutionContext Context { get; }
    public IOrganizationService UserService { get; }
    public IOrganizationService SystemService { get; }
    public List<string> TraceLines { get; } = new List<string>();

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext)) return Context;
        if (serviceType == typeof(IOrganizationServiceFactory)) return this;
        if (serviceType == typeof(ITracingService)) return this;
        return null;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        userId == null ? SystemService : UserService;

    public void Trace(string format, params object[] args) =>
        TraceLines.Add(args.Length == 0 ? format : string.Format(format, args));
}
