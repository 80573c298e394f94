using System;
using System.Globalization;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>Number formatting shared by tip messages, invariant so tips read the same on every server.</summary>
internal static class Words
{
    // Texts of the small whole numbers, made on first use: a full run's tips say "16 days" or "1" thousands of times.
    // Strings are immutable and a reference is written whole, so threads racing here at worst make one twice.
    private const int Remembered = 1024;
    private static readonly string?[] DayTexts = new string?[Remembered];
    private static readonly string?[] CountTexts = new string?[Remembered];
    private static readonly string?[] TimesTexts = new string?[Remembered];

    public static string Days(double days)
    {
        var whole = (int)Math.Round(Math.Max(0, days), MidpointRounding.AwayFromZero);
        return (uint)whole < Remembered ? DayTexts[whole] ??= Plural.Of(whole, "day") : Plural.Of(whole, "day");
    }

    public static string Count(double value)
    {
        if (!IsSmallWholeNumber(value))
        {
            return value.ToString("0.#", CultureInfo.InvariantCulture);
        }

        var whole = (int)value;
        return (uint)whole < Remembered ? CountTexts[whole] ??= whole.ToString(CultureInfo.InvariantCulture) : whole.ToString(CultureInfo.InvariantCulture);
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A whole number from 0 (not −0) up to a billion: "0.#" shows its digits alone, and formatting it as an int skips
    /// the custom-format parser (most counts in a full run's tips are whole).
    /// </summary>
    private static bool IsSmallWholeNumber(double value) =>
        value >= 0 && value < 1e9 && value == Math.Floor(value) && BitConverter.DoubleToInt64Bits(value) >= 0;

    public static string Times(int count) =>
        count == 1 ? "once" : (uint)count < Remembered ? TimesTexts[count] ??= TimesOf(count) : TimesOf(count);

    private static string TimesOf(int count) => count.ToString(CultureInfo.InvariantCulture) + " times";
}
