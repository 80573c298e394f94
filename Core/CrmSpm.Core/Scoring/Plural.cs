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

    /// <summary>
    /// "{part} of {total} {noun} {verb}": "1 of 5 reps has", "3 of 5 reps have", "0 of 1 open deal has". The verb is
    /// singular when the part is 1 or the noun is ("of 1 open deal"): agreeing with a part of 0 alone gave "0 of 1 open deal have".
    /// </summary>
    public static string PartOf(int part, int total, string noun, string singularVerb, string pluralVerb) =>
        part.ToString(CultureInfo.InvariantCulture) + " of " + Of(total, noun) + " " + (part == 1 || total == 1 ? singularVerb : pluralVerb);

    /// <summary>The singular for exactly 1, otherwise the plural (a count's noun; for "x of n … has", <see cref="PartOf"/>).</summary>
    public static string Word(double count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}
