using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// Picks the reasons a deal score shows: the strongest few terms on one side, largest |impact| first and
/// ties by feature name (ordinal). A deal has six terms, so a few comparisons replace a LINQ sort.
/// </summary>
internal static class DealReasonRanking
{
    /// <summary>The top <paramref name="count"/> terms with positive (or negative) impact, as reasons with their texts.</summary>
    public static List<DealReason> Top(DealTerm[] terms, DealFeatures deal, bool positive, int count)
    {
        // Insertion sort of the indices of the terms on the requested side.
        var picked = new int[terms.Length];
        var found = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (positive ? terms[i].Impact > 0 : terms[i].Impact < 0)
            {
                var j = found++;
                for (; j > 0 && Compare(terms[picked[j - 1]], terms[i], positive) > 0; j--)
                {
                    picked[j] = picked[j - 1];
                }

                picked[j] = i;
            }
        }

        var reasons = new List<DealReason>(Math.Min(count, found));
        for (var i = 0; i < found && i < count; i++)
        {
            var term = terms[picked[i]];
            reasons.Add(new DealReason { Feature = term.Feature, Text = DealReasonText.For(term.Feature, deal, term.Band, positive), Impact = term.Impact });
        }

        return reasons;
    }

    /// <summary>Stronger impact first; feature names are unique within a deal, so the order is total.</summary>
    private static int Compare(DealTerm a, DealTerm b, bool positive)
    {
        var byImpact = positive ? b.Impact.CompareTo(a.Impact) : a.Impact.CompareTo(b.Impact);
        return byImpact != 0 ? byImpact : string.CompareOrdinal(a.Feature, b.Feature);
    }
}
