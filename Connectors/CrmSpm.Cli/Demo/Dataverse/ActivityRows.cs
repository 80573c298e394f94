extern alias plugins;
using System;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// A generated activity as a rep saves it: created open in the table of its kind, regarding the deal, then (when
/// completed) marked completed with a state-only update, since statecode is not valid on create (Microsoft's activity
/// table references, e.g. https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall).
/// </summary>
public static class ActivityRows
{
    private static readonly string[] Subjects = { "Call with the buyer", "Email follow-up", "Meeting with the buying team", "Prepare the proposal" };

    /// <summary>The Dataverse table of an activity kind: the plugins' one mapping (the alias has its own copy of Core's enum).</summary>
    public static string TableOf(ActivityKind kind) => ActivityTables.TableOf((plugins::CrmSpm.Core.Model.ActivityKind)(int)kind);

    public static Entity ToRow(Activity activity, Guid dealId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var row = new Entity(TableOf(activity.Kind), DemoIds.For(activity.Id))
        {
            [ActivityColumns.Subject] = Subjects[(int)activity.Kind % Subjects.Length],
            [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, dealId),
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
