using System;

namespace CrmSpm.EmbeddedOrg;

// Settings of an embedded organization. Every default is what a test or the demo wants unless it says otherwise.
public sealed class EmbeddedOrgOptions
{
    public string OrganizationName { get; init; } = "crmspm-embedded";

    public Guid OrganizationId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000001");

    // The SYSTEM user (CreateOrganizationService(null) inside a plugin, contract §1.1).
    public Guid SystemUserId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000002");

    public Guid RootBusinessUnitId { get; init; } = new("0c0ffee0-0000-4000-8000-000000000003");

    // createdon, modifiedon, the operation time and relative date conditions all read this clock.
    public TimeProvider? Clock { get; init; }

    // Contract §1.2: "The maximum depth (8)".
    public int MaxDepth { get; init; } = 8;

    // Simulated cost of each service call a plugin makes (0 = no simulated time). Tests set e.g. 10 ms.
    public TimeSpan SimulatedCallLatency { get; init; } = TimeSpan.Zero;

    // The sandbox stops a plugin execution after 2 minutes
    // (https://learn.microsoft.com/power-apps/developer/data-platform/analyze-performance#sandbox-timeout).
    public TimeSpan PluginTimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    public int MaxTraceEntries { get; init; } = 10_000;

    // Contract §1.12 ExecuteMultiple: "A limit of 1000 requests is typical".
    public int MaxBatchSize { get; init; } = 1000;
}
