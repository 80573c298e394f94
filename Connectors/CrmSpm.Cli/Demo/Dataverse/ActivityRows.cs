extern alias plugins;
using System;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>A generated activity as the row a rep saves: the table of its kind, regarding the deal, completed or planned.</summary>
public static class ActivityRows
{
    private static readonly string[] Subjects = { "Call with the buyer", "Email follow-up", "Meeting with the buying team", "Prepare the proposal" };

    /// <summary>The Dataverse table of an activity kind.</summary>
    public static string TableOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Call => ActivityColumns.PhoneCall,
        ActivityKind.Email => ActivityColumns.Email,
        ActivityKind.Meeting => ActivityColumns.Appointment,
        _ => ActivityColumns.Task,
    };

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
            row[ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed);
            row[ActivityColumns.ActualEnd] = activity.TouchedOn;
        }
        else
        {
            row[ActivityColumns.ScheduledEnd] = activity.DueOn;
        }

        return row;
    }
}
