namespace CrmSpm.Plugins.Model;

/// <summary>
/// Columns every activity table shares (<c>task</c>, <c>phonecall</c>, <c>appointment</c>, <c>email</c>). Steps are
/// registered per concrete table, never on <c>activitypointer</c> (activitypointer has no Create, Update or Delete message: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer).
/// </summary>
public static class ActivityColumns
{
    public const string Task = "task";
    public const string PhoneCall = "phonecall";
    public const string Appointment = "appointment";
    public const string Email = "email";

    /// <summary>The activity tables whose events count as touching a deal.</summary>
    public static readonly string[] Tables = { Task, PhoneCall, Appointment, Email };

    public const string ActivityId = "activityid";
    public const string Subject = "subject";
    public const string Description = "description";
    public const string RegardingObjectId = "regardingobjectid";
    public const string OwnerId = "ownerid";
    /// <summary>The owner's business unit: a tip's owner is its deal's, so this names the deal's team.</summary>
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string ScheduledEnd = "scheduledend";
    public const string ActualEnd = "actualend";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>The columns whose change makes an activity update worth a step run.</summary>
    public static readonly string[] TrackedOnUpdate = { RegardingObjectId, StateCode, ActualEnd };
}
