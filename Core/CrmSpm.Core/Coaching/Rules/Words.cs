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

    public static string Count(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Times(int count) => count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times";
}
