using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Fakes;

/// <summary>A settable execution context for the unit tier: one plugin, its target and images, no pipeline.</summary>
public sealed class FakePluginExecutionContext : IPluginExecutionContext
{
    public int Mode { get; set; }
    public int IsolationMode { get; set; } = 2;
    public int Depth { get; set; } = 1;
    public string MessageName { get; set; } = "Update";
    public string PrimaryEntityName { get; set; } = "";
    public Guid? RequestId { get; set; }
    public string SecondaryEntityName { get; set; } = "none";
    public ParameterCollection InputParameters { get; } = new ParameterCollection();
    public ParameterCollection OutputParameters { get; } = new ParameterCollection();
    public ParameterCollection SharedVariables { get; } = new ParameterCollection();
    public Guid UserId { get; set; } = Guid.NewGuid();
    public Guid InitiatingUserId { get; set; }
    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; } = Guid.NewGuid();
    public string OrganizationName { get; set; } = "unit";
    public Guid PrimaryEntityId { get; set; }
    public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();
    public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();
    public EntityReference OwningExtension { get; set; } = new EntityReference("sdkmessageprocessingstep", Guid.NewGuid());
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
    public bool IsExecutingOffline { get; set; }
    public bool IsOfflinePlayback { get; set; }
    public bool IsInTransaction { get; set; } = true;
    public Guid OperationId { get; set; } = Guid.NewGuid();
    public DateTime OperationCreatedOn { get; set; }
    public int Stage { get; set; } = 40;
    public IPluginExecutionContext ParentContext { get; set; } = null!;
}
