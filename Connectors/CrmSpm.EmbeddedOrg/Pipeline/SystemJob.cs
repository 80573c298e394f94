using System;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// An asynchronous step queued after commit, and its outcome (https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service: failures are logged
// to the System Job table and never roll anything back).
public sealed class SystemJob
{
    internal SystemJob(Guid id, string stepName, string messageName, string primaryEntityName, Guid primaryEntityId, DateTime createdOn)
    {
        Id = id;
        StepName = stepName;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        PrimaryEntityId = primaryEntityId;
        CreatedOn = createdOn;
    }

    public Guid Id { get; }

    public string StepName { get; }

    public string MessageName { get; }

    public string PrimaryEntityName { get; }

    public Guid PrimaryEntityId { get; }

    public DateTime CreatedOn { get; }

    public SystemJobStatus Status { get; internal set; } = SystemJobStatus.Waiting;

    public string? ErrorMessage { get; internal set; }

    public int? ErrorCode { get; internal set; }

    public DateTime? CompletedOn { get; internal set; }
}
