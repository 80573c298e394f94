using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Keeps a deal's history that Dataverse does not keep by itself: when it entered each stage, and how often its
/// close date moved later. Compares the row before the save (pre-image, null on Create) with the row after it.
/// A deal's time in a stage starts when it entered it, and a deal created at a later stage entered it at creation
/// (<see cref="EnteredOn"/>): never earlier stages at zero days, never a date before the deal existed. This matches
/// Core's segments (docs/scoring.md §0 "Deal facts": a segment starts at its history entry; without history, at creation).
/// </summary>
public static class DealChangeTracker
{
    /// <summary>Writes the bookkeeping columns that changed into <paramref name="changes"/> and into <paramref name="after"/>.</summary>
    public static void Track(Entity? before, Entity after, DateTime now, Entity changes, StageCatalogue stages)
    {
        TrackStage(before, after, now, changes, stages);
        TrackClosePush(before, after, changes);
    }

    private static void TrackStage(Entity? before, Entity after, DateTime now, Entity changes, StageCatalogue stages)
    {
        var stage = OpportunityMapper.StageOf(after, stages)?.Name;
        if (stage == null)
        {
            return; // No stage, or one the profile does not know (reported when the deal is scored): no history.
        }

        var history = (JsonColumn.Read<List<StageEntry>>(after.GetAttributeValue<string>(OpportunityColumns.StageHistory)) ?? new List<StageEntry>())
            .Where(e => e != null)
            .ToList();
        var isCreate = before == null;
        if (!isCreate && string.Equals(OpportunityMapper.StageOf(before!, stages)?.Name, stage, StringComparison.OrdinalIgnoreCase))
        {
            return; // Stage unchanged. A deal older than CrmSpm has no history: Core then dates its stage from creation.
        }

        if (history.Count > 0 && string.Equals(history[history.Count - 1].Stage, stage, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var enteredOn = EnteredOn(isCreate, after, now);
        history.Add(new StageEntry { Stage = stage, EnteredOn = IsoDate.Write(enteredOn) });
        // A deal that moves back and forth for years keeps its newest stages within the column.
        Set(after, changes, OpportunityColumns.StageHistory, BoundedText.WriteList(history, OpportunityColumns.StageHistoryMaxLength, dropOldestFirst: true));
        Set(after, changes, OpportunityColumns.StageEnteredOn, enteredOn);
    }

    /// <summary>
    /// When the deal entered the stage it is saved at: on Create, the deal's own <c>createdon</c> (an import may set it
    /// earlier than the event through <c>overriddencreatedon</c>), so the first stage, whichever it is, counts from
    /// creation; a change later is dated by the event. A missing or future <c>createdon</c> falls back to the event.
    /// </summary>
    public static DateTime EnteredOn(bool isCreate, Entity after, DateTime now)
    {
        var createdOn = after.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn);
        return isCreate && createdOn.HasValue && createdOn.Value <= now ? createdOn.Value : now;
    }

    private static void TrackClosePush(Entity? before, Entity after, Entity changes)
    {
        var previous = before?.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate);
        var current = after.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate);
        if (previous.HasValue && current.HasValue && current.Value.Date > previous.Value.Date)
        {
            var pushes = Math.Max(0, after.GetAttributeValue<int?>(OpportunityColumns.ClosedatePushCount) ?? 0);
            Set(after, changes, OpportunityColumns.ClosedatePushCount, pushes + 1);
        }
    }

    private static void Set(Entity after, Entity changes, string column, object value)
    {
        after[column] = value;
        changes[column] = value;
    }
}
