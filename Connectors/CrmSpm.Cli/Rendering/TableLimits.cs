using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// How much the summarising tables show: a screenful each by default, everything with <c>--all</c>. A table that
/// leaves rows out says how many, which ones and how to see them.
/// </summary>
public sealed record TableLimits(int Tips, bool All)
{
    /// <summary>The option that shows everything.</summary>
    public const string AllOption = "--all";

    /// <summary>The first <paramref name="max"/> of <paramref name="rows"/>, or all of them with <see cref="All"/>.</summary>
    public IReadOnlyList<T> Take<T>(IReadOnlyList<T> rows, int max) => All || rows.Count <= max ? rows : rows.Take(max).ToList();

    /// <summary>"… and 15 more reps (outside the coaching queue, highest tiers): --all shows them.", or null when nothing was left out.</summary>
    public static string? LeftOut(int total, int shown, string what, string which)
    {
        if (shown >= total)
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, "… and {0} more {1} ({2}): {3} shows them.", total - shown, what, which, AllOption);
    }

    /// <summary>The tips count when <see cref="All"/> is off; <see cref="int.MaxValue"/> with it.</summary>
    public int TipsShown => All ? int.MaxValue : Math.Max(0, Tips);
}
