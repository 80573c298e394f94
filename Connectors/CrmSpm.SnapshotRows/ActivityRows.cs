extern alias plugins;
using System;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;
using PluginCore = plugins::CrmSpm.Core.Model;

namespace CrmSpm.SnapshotRows;

/// <summary>
/// An activity as a row of the table of its kind, regarding its deal. A rep creates it open and (when completed)
/// marks it completed with a state-only update, since statecode is not valid on create (Microsoft's activity table
/// references, e.g. https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall).
/// </summary>
public static class ActivityRows
{
    private static readonly string[] Subjects = { "Call with the buyer", "Email follow-up", "Meeting with the buying team", "Prepare the proposal" };

    /// <summary>The Dataverse table of an activity kind: the plugins' one mapping.</summary>
    public static string TableOf(ActivityKind kind) => ActivityTables.TableOf(PluginKind(kind));

    /// <summary>The create a rep sends for <paramref name="activity"/> on deal <paramref name="deal"/>: open, with its end (actual or scheduled).</summary>
    public static Entity AsSaved(Activity activity, Guid deal)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var row = new Entity(TableOf(activity.Kind), RowIds.For(activity.Id))
        {
            [ActivityColumns.Subject] = Subjects[(int)activity.Kind % Subjects.Length],
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, deal),
        };
        if (activity.IsCompleted)
        {
            row[ActivityColumns.ActualEnd] = activity.TouchedOn;
        }
        else
        {
            row[ActivityColumns.ScheduledEnd] = activity.DueOn;
        }

        return row;
    }

    /// <summary>The state-only update that completes an activity: statecode Completed with its table's completed status.</summary>
    public static Entity Completion(string table, Guid id) => new(table, id)
    {
        [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
        [ActivityColumns.StatusCode] = new OptionSetValue(CompletedStatusOf(table)),
    };

    /// <summary>
    /// The activity as it stands: what its rep saved, owned by <paramref name="owner"/>, created when it was and, when
    /// completed, in the completed state (for seeding an org without replaying the saves).
    /// </summary>
    public static Entity AsStanding(Activity activity, Guid deal, Guid owner)
    {
        var row = AsSaved(activity, deal);
        row[ActivityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner);
        row[ActivityColumns.CreatedOn] = activity.CreatedOn;
        if (activity.IsCompleted)
        {
            foreach (var column in Completion(row.LogicalName, row.Id).Attributes)
            {
                row[column.Key] = column.Value;
            }
        }

        return row;
    }

    /// <summary>Core's kind as the plugin assembly's copy of Core's enum (the same values, compiled in twice).</summary>
    internal static PluginCore.ActivityKind PluginKind(ActivityKind kind) => (PluginCore.ActivityKind)(int)kind;

    // The default status of the Completed state per table (Microsoft's table references: phonecall 2 Made, email 2
    // Completed, appointment 3 Completed, task 5 Completed).
    private static int CompletedStatusOf(string table) => table switch
    {
        ActivityColumns.PhoneCall => 2,
        ActivityColumns.Email => 2,
        ActivityColumns.Appointment => 3,
        _ => 5,
    };
}
