using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Cli.Rendering;

/// <summary>
/// The order of the scorecard and the tier reasons, most need first, so a shortened table hides the reps who need
/// the least: the coaching queue first in Core's rank, then the others from the lowest tier up (C, B, A, not tiered
/// last: too little history to judge), then by name.
/// </summary>
internal static class NeedOrder
{
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> rows, Func<T, int?> queueRank, Func<T, string?> tierLetter, Func<T, string> name) =>
        rows.OrderBy(r => queueRank(r) ?? int.MaxValue)
            .ThenBy(r => Need(tierLetter(r)))
            .ThenBy(name, StringComparer.Ordinal)
            .ToList();

    /// <summary>What a reader sees left out of a shortened table.</summary>
    public const string LeftOutWhich = "outside the coaching queue, highest tiers";

    private static int Need(string? letter) => letter switch
    {
        "C" => 0,
        "B" => 1,
        "A" => 2,
        _ => 3,
    };
}
