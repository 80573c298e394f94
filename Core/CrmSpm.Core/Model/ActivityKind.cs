namespace CrmSpm.Core.Model;

/// <summary>What kind of touch an activity is.</summary>
public enum ActivityKind
{
    /// <summary>Phone call.</summary>
    Call = 0,

    Email = 1,

    /// <summary>Meeting (appointment / event).</summary>
    Meeting = 2,

    Task = 3,
}
