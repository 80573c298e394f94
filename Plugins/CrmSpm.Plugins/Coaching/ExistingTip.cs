using System;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// A tip's task as it stands in the org: whether it is open, and the text a rep reads. Knowing this before writing
/// is what keeps every tip write from failing: a closed task is read-only until reopened, and a deleted one cannot be
/// updated (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete#update-using-the-updaterequest
/// and the activity states of https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task).
/// </summary>
public sealed class ExistingTip
{
    /// <summary>The columns a tip read brings back.</summary>
    public static readonly string[] Columns =
    {
        ActivityColumns.StateCode, ActivityColumns.Subject, ActivityColumns.Description, ActivityColumns.OwnerId,
    };

    public Guid Id { get; set; }

    /// <summary><c>statecode</c>: Open, Completed or Canceled.</summary>
    public int State { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public Guid? OwnerId { get; set; }

    public bool IsOpen => State == ActivityState.Open;

    /// <summary>The tip's task from a row (or from the columns of a joined row, given their values).</summary>
    public static ExistingTip From(Guid id, OptionSetValue? state, string? subject, string? description, EntityReference? owner) => new ExistingTip
    {
        Id = id,
        State = state?.Value ?? ActivityState.Open,
        Subject = subject,
        Description = description,
        OwnerId = owner?.Id,
    };

    public static ExistingTip From(Entity task) => From(
        task.Id,
        task.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode),
        task.GetAttributeValue<string>(ActivityColumns.Subject),
        task.GetAttributeValue<string>(ActivityColumns.Description),
        task.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId));
}
