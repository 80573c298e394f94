using System;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// One plugin execution's trace, kept by the org like a PluginTraceLog row; SimulatedDuration is the simulated
// sandbox time the execution used (its service calls times EmbeddedOrgOptions.SimulatedCallLatency).
public sealed record PluginTrace(
    string StepName,
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    int Stage,
    int Mode,
    int Depth,
    Guid CorrelationId,
    DateTime CreatedOn,
    string Text,
    string? ExceptionMessage,
    TimeSpan SimulatedDuration = default);
