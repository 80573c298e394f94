using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmSpm.Cli.Import;

/// <summary>
/// The one place that decides whether a date read from an export can be sales history (docs/mappings/README.md,
/// "Dates"). Possible: a year from 1900 to 2999 (0001-01-01 and 9999-12-31 are what exports write for "no date"; the
/// same years <c>--now</c> accepts). Not an outlier: inside the export's own dates, the middle half of the
/// opportunities' created dates widened on each side by three times its length (the "far out" fences of
/// https://www.itl.nist.gov/div898/handbook/prc/section1/prc16.htm), and by at least five years. A user's start date
/// may come up to a working life (45 years) before that range: reps start long before an export's first deal.
/// </summary>
public sealed class ImportDates
{
    public const int EarliestYear = 1900;
    public const int LatestYear = 2999;
    private const int FenceFactor = 3;
    private const int MinimumMarginYears = 5;
    private const int WorkingLifeYears = 45;

    private ImportDates(DateTime? from, DateTime? to)
    {
        From = from;
        To = to;
    }

    /// <summary>Dates checked for being possible only (no created date to place the export in time).</summary>
    public static ImportDates Unplaced { get; } = new(null, null);

    /// <summary>The first date that is not an outlier; null when there were no dates to place the export.</summary>
    public DateTime? From { get; }

    /// <summary>The last date that is not an outlier.</summary>
    public DateTime? To { get; }

    /// <summary>True for a year from <see cref="EarliestYear"/> to <see cref="LatestYear"/>.</summary>
    public static bool Possible(DateTime date) => date.Year is >= EarliestYear and <= LatestYear;

    /// <summary>The range around <paramref name="createdDates"/> (impossible ones left out); quartiles by rank, (n−1)/4 and 3(n−1)/4 in sorted order.</summary>
    public static ImportDates Around(IEnumerable<DateTime> createdDates)
    {
        var sorted = createdDates.Where(Possible).OrderBy(d => d).ToList();
        if (sorted.Count == 0)
        {
            return Unplaced;
        }

        var lower = sorted[(sorted.Count - 1) / 4];
        var upper = sorted[(int)(3L * (sorted.Count - 1) / 4)];
        // Saturated at the calendar's ends: 3 × 1,100 years from 1900 would fall before year 1.
        var spread = (upper - lower).Ticks * FenceFactor;
        var from = Earlier(new DateTime(Math.Max(DateTime.MinValue.Ticks, lower.Ticks - spread), DateTimeKind.Utc), lower.AddYears(-MinimumMarginYears));
        var to = Later(new DateTime(Math.Min(DateTime.MaxValue.Ticks, upper.Ticks + spread), DateTimeKind.Utc), upper.AddYears(MinimumMarginYears));
        return new ImportDates(from, to);
    }

    /// <summary>
    /// Why <paramref name="date"/> cannot be used, in words that follow the value ("… is …"); null when it can.
    /// <paramref name="startDate"/>: a user's start date, which may come a working life before the range.
    /// </summary>
    public (ImportIssueKind Kind, string Reason)? Problem(DateTime date, bool startDate = false)
    {
        if (!Possible(date))
        {
            return (ImportIssueKind.ImpossibleDate, string.Format(CultureInfo.InvariantCulture,
                "is not a real date of sales history (years {0} to {1} are; exports write 0001 or 9999 for no date)", EarliestYear, LatestYear));
        }

        var from = startDate && From.HasValue ? From.Value.AddYears(-WorkingLifeYears) : From;
        if (from.HasValue && To.HasValue && (date < from.Value || date > To.Value))
        {
            return (ImportIssueKind.OutlierDate, string.Format(CultureInfo.InvariantCulture,
                "is far outside the export's dates ({0:yyyy-MM-dd} to {1:yyyy-MM-dd})", from.Value, To.Value));
        }

        return null;
    }

    /// <summary>True when a deal closed on an earlier day than it was created (a close date carries no time of day).</summary>
    public static bool ClosedBeforeCreated(DateTime created, DateTime closed) => closed.Date < created.Date;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
