using System;
using System.CommandLine;
using System.Globalization;
using CrmSpm.Cli.Import;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Commands;

/// <summary>
/// The one reading of <c>--now</c> for <c>demo</c>, <c>import</c> and <c>evaluate</c>: "today" is the system clock, a
/// date (yyyy-MM-dd) is noon UTC that day, nothing is the command's fixed default (so the same arguments print the
/// same output). A date's year must be one an import accepts in its data (<see cref="ImportDates"/>, 1900 to 2999).
/// </summary>
internal static class NowOption
{
    /// <summary>The error for anything else.</summary>
    public static readonly string Problem = string.Format(CultureInfo.InvariantCulture,
        "--now must be 'today' or a date like 2026-11-15. Years {0} to {1} are accepted.", ImportDates.EarliestYear, ImportDates.LatestYear);

    /// <summary>The option, its help ending with what the command does without it.</summary>
    public static Option<string?> Create(string byDefault) =>
        new("--now") { Description = "The org's 'now': 'today' or a date like 2026-11-15; default: " + byDefault + "." };

    /// <summary>The clock <paramref name="text"/> names, <paramref name="byDefault"/> when it is blank, or null when it is unreadable.</summary>
    public static IClock? Read(string? text, Func<IClock> byDefault)
    {
        ArgumentNullException.ThrowIfNull(byDefault);
        if (string.IsNullOrWhiteSpace(text))
        {
            return byDefault();
        }

        var trimmed = text.Trim();
        if (trimmed.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            return SystemClock.Instance;
        }

        return DateTime.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && ImportDates.Possible(date)
            ? new FixedClock(date.AddHours(12))
            : null;
    }
}
