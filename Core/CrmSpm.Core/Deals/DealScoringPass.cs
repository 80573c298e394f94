using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// What <see cref="DealModel"/> needs while it scores open deals from unchanged counts: the working arrays of one
/// score, and, for a pass over many deals, each ratio and reason text already worked out. The counts must not change
/// during a pass, and a pass serves one thread (a plugin scoring one deal makes its own).
/// </summary>
internal sealed class DealScoringPass
{
    private readonly DealModel model;
    private readonly Dictionary<int, double>? stageRatios;
    private readonly Dictionary<string, double>[]? categoricalRatios;

    /// <summary>A pass over <paramref name="model"/>'s current counts; <paramref name="remember"/> keeps ratios and texts for later deals.</summary>
    public DealScoringPass(DealModel model, bool remember = false)
    {
        this.model = model;
        if (remember)
        {
            stageRatios = new Dictionary<int, double>();
            categoricalRatios = new Dictionary<string, double>[DealModel.CategoricalFeatureCount];
            for (var i = 0; i < categoricalRatios.Length; i++)
            {
                categoricalRatios[i] = new Dictionary<string, double>(System.StringComparer.Ordinal);
            }

            Texts = new DealReasonTextCache();
            Reasons = new DealReasonShare();
        }
    }

    /// <summary>The banded values of the deal being scored.</summary>
    public KeyValuePair<string, string>[] Values { get; } = new KeyValuePair<string, string>[DealModel.CategoricalFeatureCount];

    /// <summary>The stage's term, then one term per categorical value.</summary>
    public DealTerm[] Terms { get; } = new DealTerm[DealModel.CategoricalFeatureCount + 1];

    /// <summary>Reason texts already written in this pass; null when the pass does not remember.</summary>
    public DealReasonTextCache? Texts { get; }

    /// <summary>Reasons and lists already made in this pass; null when the pass does not remember.</summary>
    public DealReasonShare? Reasons { get; }

    /// <summary>Where a side's reasons are picked before their shared list is looked up.</summary>
    public DealReason[] PickedReasons { get; } = new DealReason[DealReasonShare.MaxListLength];

    /// <summary>The stage's unweighted log-likelihood ratio (<see cref="DealModel.StageLogLikelihoodRatio"/>).</summary>
    public double StageRatio(int order)
    {
        if (stageRatios == null)
        {
            return model.StageLogLikelihoodRatio(order);
        }

        if (!stageRatios.TryGetValue(order, out var ratio))
        {
            ratio = model.StageLogLikelihoodRatio(order);
            stageRatios.Add(order, ratio);
        }

        return ratio;
    }

    /// <summary>The unweighted ratio of the <paramref name="index"/>-th categorical feature's value (<see cref="DealModel.CategoricalLogLikelihoodRatio"/>).</summary>
    public double CategoricalRatio(int index, string feature, string value)
    {
        if (categoricalRatios == null)
        {
            return model.CategoricalLogLikelihoodRatio(feature, value);
        }

        var known = categoricalRatios[index];
        if (!known.TryGetValue(value, out var ratio))
        {
            ratio = model.CategoricalLogLikelihoodRatio(feature, value);
            known.Add(value, ratio);
        }

        return ratio;
    }
}
