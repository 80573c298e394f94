using CrmSpm.Core.Model;

namespace CrmSpm.Plugins.Model;

/// <summary>
/// The one mapping between Core's activity kinds and Dataverse's activity tables (both ways): a call is a
/// <c>phonecall</c>, an email an <c>email</c>, a meeting an <c>appointment</c>, anything else a <c>task</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/activity-entities).
/// </summary>
public static class ActivityTables
{
    public static ActivityKind KindOf(string tableName)
    {
        switch (tableName)
        {
            case ActivityColumns.PhoneCall: return ActivityKind.Call;
            case ActivityColumns.Email: return ActivityKind.Email;
            case ActivityColumns.Appointment: return ActivityKind.Meeting;
            default: return ActivityKind.Task;
        }
    }

    public static string TableOf(ActivityKind kind)
    {
        switch (kind)
        {
            case ActivityKind.Call: return ActivityColumns.PhoneCall;
            case ActivityKind.Email: return ActivityColumns.Email;
            case ActivityKind.Meeting: return ActivityColumns.Appointment;
            default: return ActivityColumns.Task;
        }
    }
}
