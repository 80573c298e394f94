using System;

namespace CrmSpm.Core.Model;

/// <summary>A call, email, meeting or task logged by a rep; completed activities are the "touches" on a deal.</summary>
public sealed class Activity
{
    /// <summary>CRM record id, as text.</summary>
    public string Id { get; set; } = "";

    /// <summary>Call, email, meeting or task.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>The rep who owns the activity.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The deal it is about; null when it concerns only an account.</summary>
    public string? RegardingOpportunityId { get; set; }

    /// <summary>The account it is about; null when unknown.</summary>
    public string? RegardingAccountId { get; set; }

    /// <summary>The customer contact involved; null when none.</summary>
    public string? ContactId { get; set; }

    /// <summary>Created on (UTC).</summary>
    public DateTime CreatedOn { get; set; }

    /// <summary>Due date; null when none.</summary>
    public DateTime? DueOn { get; set; }

    /// <summary>Completed on; set for completed activities (falls back to <see cref="CreatedOn"/> when missing).</summary>
    public DateTime? CompletedOn { get; set; }

    /// <summary>Open, completed or cancelled.</summary>
    public ActivityStatus Status { get; set; }

    /// <summary>Duration in minutes (0 when unknown).</summary>
    public int DurationMinutes { get; set; }

    /// <summary>True when the activity counts as a touch.</summary>
    public bool IsCompleted => Status == ActivityStatus.Completed;

    /// <summary>When the touch happened: the completion time, or the creation time when completion was not recorded.</summary>
    public DateTime TouchedOn => CompletedOn ?? CreatedOn;

    /// <summary>A copy; the engine rewinds copies, never the caller's records.</summary>
    internal Activity Copy() => (Activity)MemberwiseClone();
}
