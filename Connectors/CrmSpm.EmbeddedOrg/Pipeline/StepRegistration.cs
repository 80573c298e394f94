using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// What an sdkmessageprocessingstep says (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep), plus the plugin to run. Give exactly one of Plugin (an
// instance, reused like the platform's cache), PluginType (constructed once with the documented constructor
// signatures: (unsecure, secure), (unsecure) or ()), or PluginFactory (called once with the two configurations).
public sealed class StepRegistration
{
    public string? Name { get; init; }

    public required string Message { get; init; }

    // Null, empty or "none" registers the step for every table (or for an unbound custom API).
    public string? PrimaryEntity { get; init; }

    public PipelineStage Stage { get; init; } = PipelineStage.PostOperation;

    public StepMode Mode { get; init; } = StepMode.Synchronous;

    public int Rank { get; init; } = 1;

    // Update only: the step runs when the Target contains at least one of these columns (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration).
    public IReadOnlyCollection<string>? FilteringAttributes { get; init; }

    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    public string? UnsecureConfiguration { get; init; }

    public string? SecureConfiguration { get; init; }

    public IPlugin? Plugin { get; init; }

    public Type? PluginType { get; init; }

    public Func<string?, string?, IPlugin>? PluginFactory { get; init; }
}
