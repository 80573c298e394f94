using System;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// Brings a deal's cached touch columns (touch log, activity count, last touch) in line with its activity rows. Only
/// columns that differ are written, so a second run changes nothing.
/// </summary>
public static class TouchLogSync
{
    /// <summary>Puts every differing column into <paramref name="changes"/> and onto <paramref name="row"/> (so scoring sees it).</summary>
    public static void Apply(Entity row, TouchLog log, Entity changes)
    {
        var json = log.ToJson();
        if (json != row.GetAttributeValue<string>(OpportunityColumns.TouchLog))
        {
            Set(row, changes, OpportunityColumns.TouchLog, json);
        }

        // The count is every completed activity, not only the ones the capped log keeps.
        var count = log.Entries.Count;
        if (row.GetAttributeValue<int?>(OpportunityColumns.ActivityCount) != count)
        {
            Set(row, changes, OpportunityColumns.ActivityCount, count);
        }

        // The log keeps whole seconds, the column the event's full instant: equal to the second is the same touch.
        var lastTouch = log.LastTouchOn;
        if (!SameSecond(row.GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn), lastTouch))
        {
            Set(row, changes, OpportunityColumns.LastTouchOn, lastTouch);
        }
    }

    private static bool SameSecond(DateTime? stored, DateTime? rebuilt) =>
        stored.HasValue == rebuilt.HasValue
        && (!stored.HasValue || stored.Value.Ticks / TimeSpan.TicksPerSecond == rebuilt!.Value.Ticks / TimeSpan.TicksPerSecond);

    private static void Set(Entity row, Entity changes, string column, object? value)
    {
        row[column] = value;
        changes[column] = value;
    }
}
