using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// Picks the reasons a deal score shows: the strongest few terms on one side, largest |impact| first and
/// ties by feature name (ordinal). A deal has six terms, so a few comparisons replace a LINQ sort.
/// </summary>
internal static class DealReasonRanking
{
    /// <summary>
    /// The top <paramref name="count"/> terms with positive (or negative) impact, as reasons with their texts (taken from
    /// <paramref name="texts"/> when given; reasons and lists shared through <paramref name="share"/> when given).
    /// </summary>
    public static DealReason[] Top(DealTerm[] terms, DealFeatures deal, bool positive, int count, DealReasonTextCache? texts = null,
        DealReasonShare? share = null, DealReason[]? scratch = null)
    {
        var found = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            found += OnSide(terms[i], positive) ? 1 : 0;
        }

        var shown = Math.Min(count, found);
        if (shown == 0)
        {
            return Array.Empty<DealReason>();
        }

        // A shared list is looked up from the picked reasons in the scratch array; otherwise an exact-size array: most
        // deals show three reasons a side or none, and every score keeps its two.
        var shared = share != null && scratch != null && shown <= scratch.Length && shown <= DealReasonShare.MaxListLength;
        var reasons = shared ? scratch! : new DealReason[shown];
        var taken = 0;
        for (var i = 0; i < shown; i++)
        {
            var term = terms[Strongest(terms, positive, ref taken)];
            var text = texts?.For(term.Feature, deal, term.Band, positive) ?? DealReasonText.For(term.Feature, deal, term.Band, positive);
            reasons[i] = shared ? share!.For(term.Feature, text, term.Impact) : new DealReason { Feature = term.Feature, Text = text, Impact = term.Impact };
        }

        return shared ? share!.List(reasons, shown) : reasons;
    }

    /// <summary>
    /// The index of the strongest term on the side not yet in <paramref name="taken"/> (one bit per term: a deal has
    /// six), which it then marks: picking the few shown this way needs no sorted copy.
    /// </summary>
    private static int Strongest(DealTerm[] terms, bool positive, ref int taken)
    {
        var best = -1;
        for (var i = 0; i < terms.Length; i++)
        {
            if ((taken & (1 << i)) == 0 && OnSide(terms[i], positive) && (best < 0 || Compare(terms[best], terms[i], positive) > 0))
            {
                best = i;
            }
        }

        taken |= 1 << best;
        return best;
    }

    private static bool OnSide(DealTerm term, bool positive) => positive ? term.Impact > 0 : term.Impact < 0;

    /// <summary>Stronger impact first; feature names are unique within a deal, so the order is total.</summary>
    private static int Compare(DealTerm a, DealTerm b, bool positive)
    {
        var byImpact = positive ? b.Impact.CompareTo(a.Impact) : a.Impact.CompareTo(b.Impact);
        return byImpact != 0 ? byImpact : string.CompareOrdinal(a.Feature, b.Feature);
    }
}
