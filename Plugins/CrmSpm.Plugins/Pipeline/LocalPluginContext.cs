using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Pipeline;

/// <summary>
/// Everything one execution needs, built from the <see cref="IServiceProvider"/> the platform passes in. It lives only
/// for that execution: the platform caches and shares plugin instances across threads, so nothing of this may be
/// kept in a field (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless).
/// </summary>
public sealed class LocalPluginContext
{
    private readonly IOrganizationServiceFactory _serviceFactory;
    private IOrganizationService? _userService;
    private IOrganizationService? _systemService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException("The platform passed no service provider.");
        }

        ExecutionContext = Resolve<IPluginExecutionContext>(serviceProvider);
        TracingService = Resolve<ITracingService>(serviceProvider);
        _serviceFactory = Resolve<IOrganizationServiceFactory>(serviceProvider);
    }

    public IPluginExecutionContext ExecutionContext { get; }

    public ITracingService TracingService { get; }

    /// <summary>Round trips this execution made so far, through either service.</summary>
    public RoundTripCounter RoundTrips { get; } = new RoundTripCounter();

    /// <summary>The organization service acting as the user who triggered the event (the context's UserId).</summary>
    public IOrganizationService UserService => _userService ??= Create(ExecutionContext.UserId);

    /// <summary>The organization service acting as SYSTEM (<c>CreateOrganizationService(null)</c>, https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).</summary>
    public IOrganizationService SystemService => _systemService ??= Create(null);

    /// <summary>The <c>Target</c> input parameter when it is an entity (Create, Update), else null.</summary>
    public Entity? TargetEntity =>
        ExecutionContext.InputParameters.TryGetValue(Model.MessageNames.Target, out var target) ? target as Entity : null;

    /// <summary>The image registered under <paramref name="alias"/>, or null when the platform did not send it.</summary>
    public Entity? PreImage(string alias = Model.MessageNames.PreImage) =>
        ExecutionContext.PreEntityImages.TryGetValue(alias, out var image) ? image : null;

    public Entity? PostImage(string alias = Model.MessageNames.PostImage) =>
        ExecutionContext.PostEntityImages.TryGetValue(alias, out var image) ? image : null;

    // Whatever this execution writes from here on is ours (OwnWriteMarker): marked only once a step reaches for a
    // service, so a step that returns early leaves a rep's own change in the same pipeline unmarked.
    private IOrganizationService Create(Guid? userId)
    {
        OwnWriteMarker.Mark(ExecutionContext);
        return new CountingService(_serviceFactory.CreateOrganizationService(userId), RoundTrips);
    }

    public void Trace(string format, params object[] args) => TracingService.Trace(format, args);

    private static T Resolve<T>(IServiceProvider serviceProvider)
        where T : class
    {
        return serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException($"The platform did not provide {typeof(T).Name}.");
    }
}
