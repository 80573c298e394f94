using System;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// A tip's expected value, to rank tips when the budget cannot show them all: the revenue at stake (the deal's pipeline
/// amount; 1 for a rep-level tip) times a severity weight (High 3, Medium 2, Low 1). Ties go by key, so the order is total.
/// </summary>
public static class TipValue
{
    public static double Of(CoachingTip tip) => Weight(tip.Severity) * Math.Max(1, tip.Stake);

    public static int Weight(Severity severity)
    {
        switch (severity)
        {
            case Severity.High: return 3;
            case Severity.Medium: return 2;
            default: return 1;
        }
    }

    /// <summary>Higher value first, then key (ordinal).</summary>
    public static int Compare(CoachingTip a, CoachingTip b)
    {
        var byValue = Of(b).CompareTo(Of(a));
        return byValue != 0 ? byValue : string.CompareOrdinal(a.Key, b.Key);
    }
}
