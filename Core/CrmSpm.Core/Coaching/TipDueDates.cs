using System;

namespace CrmSpm.Core.Coaching;

/// <summary>Due dates by severity: High the next day, Medium in three days, Low within a week.</summary>
public static class TipDueDates
{
    /// <summary>The due date of a tip raised at <paramref name="now"/>.</summary>
    public static DateTime For(Severity severity, DateTime now)
    {
        switch (severity)
        {
            case Severity.High: return now.Date.AddDays(1);
            case Severity.Medium: return now.Date.AddDays(3);
            default: return now.Date.AddDays(7);
        }
    }
}
