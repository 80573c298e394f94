using System;

namespace CrmSpm.EmbeddedOrg;

// Settings of an embedded organization. Every default is what a test or the demo wants unless it says otherwise.
public sealed class EmbeddedOrgOptions
{
    public string OrganizationName { get; init; } = "crmspm-embedded";

    public Guid OrganizationId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000001");

    // The SYSTEM user (CreateOrganizationService(null) inside a plugin,
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
    public Guid SystemUserId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000002");

    public Guid RootBusinessUnitId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000003");

    // createdon, modifiedon, the operation time and relative date conditions all read this clock.
    public TimeProvider? Clock { get; init; }

    // The depth guard: a nested call at depth 9 fails (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth).
    public int MaxDepth { get; init; } = 8;

    // Simulated cost of each service call a plugin makes (0 = no simulated time). Tests set e.g. 10 ms.
    public TimeSpan SimulatedCallLatency { get; init; } = TimeSpan.Zero;

    // The sandbox stops a plugin execution after 2 minutes
    // (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance#sandbox-timeout).
    public TimeSpan PluginTimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    public int MaxTraceEntries { get; init; } = 10_000;

    // ExecuteMultiple and ExecuteTransaction take at most 1,000 requests (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests).
    public int MaxBatchSize { get; init; } = 1000;
}
