using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Coaching.Rules;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching.Queue;

/// <summary>
/// The queue entry's two sentences, so every reader (CLI, scorecard page) shows the same words (docs/scoring.md §8):
/// "≈ USD 4,200 more won revenue over the next 91 days if the win rate rises from 18 % to 21 % (top performers: 31 %)"
/// and "Days between touches at Propose: 16 days · top performers: 4 days".
/// </summary>
public static class QueueWording
{
    /// <summary>Said when no behaviour passed the practice test (docs/scoring.md §4): nothing may be named.</summary>
    public const string NoProvenPractice = "No proven practice yet";

    /// <summary>Said when the rep is at or beyond the top performers on every proven practice.</summary>
    public const string AtEveryPractice = "At the top performers' level on every proven practice";

    public static string Gain(CoachingQueueEntry entry, QueueSettings settings) =>
        string.Format(CultureInfo.InvariantCulture,
            "≈ {0} {1:#,0} more won revenue over the next {2} if the win rate rises from {3} to {4} ({5}: {6})",
            settings.Currency, entry.ExpectedGain, Plural.Of(settings.HorizonDays, "day"),
            Words.Percent(entry.WinRate), Words.Percent(entry.WinRate + entry.WinRateLift),
            entry.TargetBasis == QueueTargetBasis.OrgMedian ? "org median" : "top performers", Words.Percent(entry.TargetWinRate));

    /// <summary>The behaviour to coach with the rep's value and the benchmark, or why none is named.</summary>
    public static string Coach(BehaviourGap? gap, IEnumerable<Practice> behaviours)
    {
        if (gap != null)
        {
            var rep = Value(gap.RepValue, gap.Unit);
            var benchmark = Value(gap.Benchmark, gap.Unit);
            if (rep == benchmark)
            {
                // A gap that rounds away would read "16 days · top performers: 16 days": show the decimals that differ.
                rep = Precise(gap.RepValue, gap.Unit);
                benchmark = Precise(gap.Benchmark, gap.Unit);
            }

            return gap.Label + ": " + rep + " · top performers: " + benchmark;
        }

        return behaviours.Any(b => b.IsPractice) ? AtEveryPractice : NoProvenPractice;
    }

    /// <summary>A behaviour value in its unit: whole days, contacts to one decimal ("1 contact"), shares as percentages.</summary>
    public static string Value(double value, string unit)
    {
        switch (unit)
        {
            case BehaviourUnits.Days: return Words.Days(value);
            case BehaviourUnits.Share: return Words.Percent(value);
            default: return Words.Count(value) + " " + (unit.EndsWith("s") ? Plural.Word(Math.Round(value, 1), unit.Substring(0, unit.Length - 1), unit) : unit);
        }
    }

    private static string Precise(double value, string unit) =>
        unit == BehaviourUnits.Share
            ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %"
            : value.ToString("0.00", CultureInfo.InvariantCulture) + " " + unit;
}
