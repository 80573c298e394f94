using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Date operators, evaluated in UTC against the org clock ("now"). Day-based ranges start at midnight; "last X"
// ranges end now and "next X" ranges start now, like Dataverse's relative date operators.
internal static class DateConditions
{
    public static bool IsDateOperator(ConditionOperator op) => op switch
    {
        ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrAfter or ConditionOperator.OnOrBefore
            or ConditionOperator.Today or ConditionOperator.Yesterday or ConditionOperator.Tomorrow
            or ConditionOperator.Last7Days or ConditionOperator.Next7Days
            or ConditionOperator.LastXHours or ConditionOperator.NextXHours or ConditionOperator.LastXDays or ConditionOperator.NextXDays
            or ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths
            or ConditionOperator.LastXYears or ConditionOperator.NextXYears
            or ConditionOperator.OlderThanXMinutes or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXDays
            or ConditionOperator.OlderThanXWeeks or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears
            or ConditionOperator.ThisMonth or ConditionOperator.LastMonth or ConditionOperator.NextMonth
            or ConditionOperator.ThisYear or ConditionOperator.LastYear or ConditionOperator.NextYear => true,
        _ => false,
    };

    public static bool Evaluate(ConditionOperator op, object? stored, IReadOnlyList<object?> values, DateTime now)
    {
        if (ValueComparer.Normalize(stored) is not DateTime value)
        {
            // A null (or non-date) column matches no date operator, NotOn included, as in SQL.
            return false;
        }

        var today = now.Date;
        var (from, to) = Range(op, values, now, today);
        return op == ConditionOperator.NotOn ? value < from || value >= to : value >= from && value < to;
    }

    // Half-open [from, to) range of the operator.
    private static (DateTime From, DateTime To) Range(ConditionOperator op, IReadOnlyList<object?> values, DateTime now, DateTime today)
    {
        var justAfterNow = now.AddTicks(1);
        switch (op)
        {
            case ConditionOperator.On:
            case ConditionOperator.NotOn:
                var day = DateArgument(op, values).Date;
                return (day, day.AddDays(1));
            case ConditionOperator.OnOrAfter:
                return (DateArgument(op, values).Date, DateTime.MaxValue);
            case ConditionOperator.OnOrBefore:
                return (DateTime.MinValue, DateArgument(op, values).Date.AddDays(1));
            case ConditionOperator.Today:
                return (today, today.AddDays(1));
            case ConditionOperator.Yesterday:
                return (today.AddDays(-1), today);
            case ConditionOperator.Tomorrow:
                return (today.AddDays(1), today.AddDays(2));
            case ConditionOperator.Last7Days:
                return (today.AddDays(-7), justAfterNow);
            case ConditionOperator.Next7Days:
                return (now, today.AddDays(8));
            case ConditionOperator.LastXHours:
                return (now.AddHours(-Count(op, values)), justAfterNow);
            case ConditionOperator.NextXHours:
                return (now, now.AddHours(Count(op, values)));
            case ConditionOperator.LastXDays:
                return (today.AddDays(-Count(op, values)), justAfterNow);
            case ConditionOperator.NextXDays:
                return (now, today.AddDays(Count(op, values) + 1));
            case ConditionOperator.LastXWeeks:
                return (today.AddDays(-7 * Count(op, values)), justAfterNow);
            case ConditionOperator.NextXWeeks:
                return (now, today.AddDays((7 * Count(op, values)) + 1));
            case ConditionOperator.LastXMonths:
                return (today.AddMonths(-Count(op, values)), justAfterNow);
            case ConditionOperator.NextXMonths:
                return (now, today.AddMonths(Count(op, values)).AddDays(1));
            case ConditionOperator.LastXYears:
                return (today.AddYears(-Count(op, values)), justAfterNow);
            case ConditionOperator.NextXYears:
                return (now, today.AddYears(Count(op, values)).AddDays(1));
            case ConditionOperator.OlderThanXMinutes:
                return (DateTime.MinValue, now.AddMinutes(-Count(op, values)));
            case ConditionOperator.OlderThanXHours:
                return (DateTime.MinValue, now.AddHours(-Count(op, values)));
            case ConditionOperator.OlderThanXDays:
                return (DateTime.MinValue, now.AddDays(-Count(op, values)));
            case ConditionOperator.OlderThanXWeeks:
                return (DateTime.MinValue, now.AddDays(-7 * Count(op, values)));
            case ConditionOperator.OlderThanXMonths:
                return (DateTime.MinValue, now.AddMonths(-Count(op, values)));
            case ConditionOperator.OlderThanXYears:
                return (DateTime.MinValue, now.AddYears(-Count(op, values)));
            default:
                return CalendarRange(op, today);
        }
    }

    private static (DateTime From, DateTime To) CalendarRange(ConditionOperator op, DateTime today)
    {
        var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var year = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return op switch
        {
            ConditionOperator.ThisMonth => (month, month.AddMonths(1)),
            ConditionOperator.LastMonth => (month.AddMonths(-1), month),
            ConditionOperator.NextMonth => (month.AddMonths(1), month.AddMonths(2)),
            ConditionOperator.ThisYear => (year, year.AddYears(1)),
            ConditionOperator.LastYear => (year.AddYears(-1), year),
            ConditionOperator.NextYear => (year.AddYears(1), year.AddYears(2)),
            _ => throw new InvalidOperationException($"{op} is not a date operator."),
        };
    }

    private static DateTime DateArgument(ConditionOperator op, IReadOnlyList<object?> values)
    {
        if (values.Count > 0 && ValueComparer.Normalize(values[0]) is DateTime date)
        {
            return date;
        }

        throw Faults.OrgFaults.InvalidArgument($"The condition operator {op} needs one date value.");
    }

    private static int Count(ConditionOperator op, IReadOnlyList<object?> values)
    {
        if (values.Count > 0 && values[0] != null)
        {
            try
            {
                return Convert.ToInt32(values[0], CultureInfo.InvariantCulture);
            }
            catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException)
            {
                // Reported below with the operator's name.
            }
        }

        throw Faults.OrgFaults.InvalidArgument($"The condition operator {op} needs one whole-number value.");
    }
}
