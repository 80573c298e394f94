using System;
using CrmSpm.Core.Model;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Activities;

/// <summary>An activity as the touch step sees it, read from the step's post-image (as saved) or pre-image (as it was).</summary>
public sealed class ActivityTouch
{
    public Guid ActivityId { get; set; }
    public ActivityKind Kind { get; set; }
    public EntityReference? Regarding { get; set; }
    public bool IsCompleted { get; set; }
    public DateTime? CompletedOn { get; set; }

    /// <summary>Set on our own coaching tips: completing a tip is feedback, not a touch on the customer.</summary>
    public string? TipKey { get; set; }

    /// <summary>True when this activity counts as a touch on a deal: completed, regarding an opportunity, not our tip.</summary>
    public bool TouchesDeal => TipKey == null && IsCompleted && Regarding?.LogicalName == OpportunityColumns.EntityName;

    public static ActivityTouch From(string tableName, Guid activityId, Entity image)
    {
        return new ActivityTouch
        {
            ActivityId = activityId,
            Kind = ActivityTables.KindOf(tableName),
            Regarding = image.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId),
            IsCompleted = image.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value == ActivityState.Completed,
            CompletedOn = image.GetAttributeValue<DateTime?>(ActivityColumns.ActualEnd),
            TipKey = image.GetAttributeValue<string>(CoachingTipColumns.TipKey),
        };
    }
}
