namespace CrmSpm.Core.Deals;

/// <summary>
/// The deal model's log-likelihood ratios (docs/scoring.md §6). Each conditional is an m-estimate shrunk toward the
/// value's share of all closed deals (Cestnik's m-estimate): P(v | won) = (won(v) + m·p(v)) ÷ (W + m) with
/// p(v) = (won(v) + lost(v)) ÷ N. A value every deal shares then has a ratio of exactly 1 (no weight), a rare
/// value moves the score only as far as its counts carry, and a feature whose commonest value covers at least
/// <see cref="SharedFeatureShare"/> of the closed deals carries no weight at all.
/// </summary>
internal static class DealLikelihoods
{
    /// <summary>m: pseudo-deals of the overall share behind each conditional.</summary>
    public const double EstimateWeight = 4;

    /// <summary>Share of closed deals at which one value makes a feature uninformative ("never touched" when nothing is logged).</summary>
    public const double SharedFeatureShare = 0.95;

    /// <summary>ln(P(reached stage | won) ÷ P(reached stage | lost)); every won deal reached every stage.</summary>
    public static double Stage(int won, int lost, int lostReached)
    {
        var closed = won + lost;
        if (closed == 0)
        {
            return 0;
        }

        var share = (double)(won + lostReached) / closed;
        if (share <= 0)
        {
            // No closed deal reached the stage: nothing to compare.
            return 0;
        }

        var pWon = (won + EstimateWeight * share) / (won + EstimateWeight);
        var pLost = (lostReached + EstimateWeight * share) / (lost + EstimateWeight);
        return System.Math.Log(pWon / pLost);
    }

    /// <summary>ln(P(value | won) ÷ P(value | lost)); 0 when the feature is shared by nearly every deal (<paramref name="commonestShare"/>).</summary>
    public static double Categorical(int won, int lost, int valueWon, int valueLost, int cardinality, double commonestShare)
    {
        var closed = won + lost;
        if (closed == 0 || commonestShare >= SharedFeatureShare)
        {
            return 0;
        }

        var seen = valueWon + valueLost;
        // A value no closed deal had gets the share one more deal would give it, so the ratio stays finite.
        var share = seen > 0 ? (double)seen / closed : 1.0 / (closed + cardinality);
        var pWon = (valueWon + EstimateWeight * share) / (won + EstimateWeight);
        var pLost = (valueLost + EstimateWeight * share) / (lost + EstimateWeight);
        return System.Math.Log(pWon / pLost);
    }
}
