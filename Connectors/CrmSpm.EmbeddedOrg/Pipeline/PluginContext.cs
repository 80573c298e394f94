using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// The execution context a plugin receives (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context). Read-only to the plugin; its parameter collections are
// the live ones of the running message, so a pre-stage plugin's change to Target reaches the main operation.
internal sealed class PluginContext : IPluginExecutionContext
{
    public int Mode { get; init; }

    // 2 = sandbox, the only isolation mode of Dataverse online (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.isolationmode).
    public int IsolationMode { get; init; } = 2;

    public int Depth { get; init; }

    public required string MessageName { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName { get; init; } = "none";

    public required ParameterCollection InputParameters { get; init; }

    public required ParameterCollection OutputParameters { get; init; }

    public required ParameterCollection SharedVariables { get; init; }

    public Guid UserId { get; init; }

    public Guid InitiatingUserId { get; init; }

    public Guid BusinessUnitId { get; init; }

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public Guid PrimaryEntityId { get; init; }

    public required EntityImageCollection PreEntityImages { get; init; }

    public required EntityImageCollection PostEntityImages { get; init; }

    public EntityReference? OwningExtension { get; init; }

    public Guid CorrelationId { get; init; }

    public bool IsExecutingOffline => false;

    public bool IsOfflinePlayback => false;

    public bool IsInTransaction { get; init; }

    public Guid OperationId { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public int Stage { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }
}
