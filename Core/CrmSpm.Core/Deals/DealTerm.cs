namespace CrmSpm.Core.Deals;

/// <summary>
/// One feature's contribution to an open deal's log-odds inside <see cref="DealModel.Score"/>. A struct, and
/// turned into a <see cref="DealReason"/> (with its text) only when it is among the reasons shown: most
/// terms of most deals are not, and scoring every open deal of an org made their texts a hot spot.
/// </summary>
internal struct DealTerm
{
    public DealTerm(string feature, string band, double logRatio)
    {
        Feature = feature;
        Band = band;
        LogRatio = logRatio;
        Impact = 0;
    }

    /// <summary>Feature name, see <see cref="DealFeatureNames"/>.</summary>
    public string Feature { get; }

    /// <summary>The deal's banded value of the feature ("" for the stage).</summary>
    public string Band { get; }

    /// <summary>Shrunk log-likelihood ratio the feature adds to the log-odds.</summary>
    public double LogRatio { get; }

    /// <summary>Probability with the term minus probability without it, rounded to 4 places.</summary>
    public double Impact { get; set; }
}
