using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Cli.Rendering;

/// <summary>Invariant number formats for the tables, with "–" for values that do not exist.</summary>
internal static class Format
{
    public const string Missing = "–";

    public static string Score(double? value) => value.HasValue ? value.Value.ToString("0", CultureInfo.InvariantCulture) : Missing;

    public static string Percent(double? share) => share.HasValue ? (share.Value * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : Missing;

    public static string SignedPercent(double? share) => share.HasValue ? (share.Value * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + " %" : Missing;

    public static string Ratio(double? value) => value.HasValue ? value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "×" : Missing;

    public static string Number(double? value) => value.HasValue ? value.Value.ToString("0.##", CultureInfo.InvariantCulture) : Missing;

    public static string Money(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Money(double? value) => value.HasValue ? value.Value.ToString("#,0", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A behaviour value with its unit; shares are shown as percentages.</summary>
    public static string Behaviour(double? value, string unit) =>
        unit == BehaviourUnits.Share ? Percent(value) : Number(value) + " " + unit;

    /// <summary>A count with its noun, singular for one: "1 closed deal", "3 closed deals" (<paramref name="plural"/> when not just an "s").</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count.ToString("#,0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>Names as English lists them: "A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    public static string Effect(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
