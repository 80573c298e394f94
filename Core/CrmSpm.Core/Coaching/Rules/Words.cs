using System;
using System.Globalization;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>Number formatting shared by tip messages, invariant so tips read the same on every server.</summary>
internal static class Words
{
    public static string Days(double days)
    {
        return Plural.Of((int)Math.Round(Math.Max(0, days), MidpointRounding.AwayFromZero), "day");
    }

    public static string Count(double value) =>
        IsSmallWholeNumber(value) ? ((int)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A whole number from 0 (not −0) up to a billion: "0.#" shows its digits alone, and formatting it as an int skips
    /// the custom-format parser (most counts in a full run's tips are whole).
    /// </summary>
    private static bool IsSmallWholeNumber(double value) =>
        value >= 0 && value < 1e9 && value == Math.Floor(value) && BitConverter.DoubleToInt64Bits(value) >= 0;

    public static string Times(int count) => count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times";
}
