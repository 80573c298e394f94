using System;
using System.Globalization;

namespace CrmSpm.Core.Time;

/// <summary>
/// A calendar month, the unit of quotas, scorecards and forecast commits. Its key ("2026-11") is what the
/// scorecard rows and tip keys carry.
/// </summary>
public readonly struct SalesPeriod : IEquatable<SalesPeriod>
{
    private SalesPeriod(int year, int month)
    {
        Start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>First instant of the month (UTC).</summary>
    public DateTime Start { get; }

    /// <summary>First instant of the next month (exclusive end).</summary>
    public DateTime End => Start.AddMonths(1);

    /// <summary>The period key, <c>yyyy-MM</c>.</summary>
    public string Key => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The month that contains <paramref name="instant"/>.</summary>
    public static SalesPeriod Containing(DateTime instant) => new SalesPeriod(instant.Year, instant.Month);

    /// <summary>Parses a <c>yyyy-MM</c> key; returns false for anything else.</summary>
    public static bool TryParse(string? key, out SalesPeriod period)
    {
        period = default;
        // The usual key, four digits, a dash and a month 01–12, read directly: the general parser below is slow for a
        // run that reads every rep's quotas and commits (docs/performance.md); anything else still goes through it.
        if (key != null && key.Length == 7 && key[4] == '-' && Digits(key, 0, 4, out var year) && year >= 1 && Digits(key, 5, 2, out var month) && month >= 1 && month <= 12)
        {
            period = new SalesPeriod(year, month);
            return true;
        }

        if (key == null || !DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return false;
        }

        period = new SalesPeriod(start.Year, start.Month);
        return true;
    }

    private static bool Digits(string text, int from, int count, out int value)
    {
        value = 0;
        for (var i = from; i < from + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    /// <summary>The month before this one.</summary>
    public SalesPeriod Previous() => Containing(Start.AddMonths(-1));

    /// <summary>True when <paramref name="instant"/> falls inside this month.</summary>
    public bool Contains(DateTime instant) => instant >= Start && instant < End;

    /// <inheritdoc />
    public bool Equals(SalesPeriod other) => Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SalesPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Start.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Key;
}
