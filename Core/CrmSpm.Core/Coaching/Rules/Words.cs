using System;
using System.Globalization;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>Number formatting shared by tip messages, invariant so tips read the same on every server.</summary>
internal static class Words
{
    public static string Days(double days)
    {
        var whole = (int)Math.Round(Math.Max(0, days), MidpointRounding.AwayFromZero);
        return whole == 1 ? "1 day" : whole.ToString(CultureInfo.InvariantCulture) + " days";
    }

    public static string Count(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Times(int count) => count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times";
}
