using System.Globalization;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The one English plural rule of Core's sentences: exactly 1 takes the singular ("1 closed deal", "1 rep has"),
/// every other count the plural ("0 deals", "2 deals", "1.5 activities"). Invariant digits, so every server reads alike.
/// </summary>
internal static class Plural
{
    /// <summary>"1 closed deal", "3 closed deals"; <paramref name="plural"/> defaults to the singular plus "s".</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Word(count, singular, plural);

    /// <summary>The singular for exactly 1, otherwise the plural: also picks a verb ("has" / "have").</summary>
    public static string Word(double count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}
