using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>
/// Turns numeric deal facts into the categorical values the naive-Bayes model counts. Bands are fixed so
/// counts stay comparable across incremental updates.
/// </summary>
public sealed class DealFeatureBands
{
    private readonly IList<double> amountBands;
    private readonly string[] amountLabels;

    /// <summary>Creates the bands; <paramref name="amountBands"/> are ascending upper bounds (thresholds.amountBands).</summary>
    public DealFeatureBands(IList<double> amountBands)
    {
        this.amountBands = amountBands ?? new List<double>();
        amountLabels = new string[this.amountBands.Count + 1];
        for (var i = 0; i < amountLabels.Length; i++)
        {
            amountLabels[i] = AmountLabel(i);
        }
    }

    /// <summary>Number of distinct values of each categorical feature (Laplace smoothing needs it).</summary>
    public int Cardinality(string feature)
    {
        switch (feature)
        {
            case DealFeatureNames.TouchRecency: return 5;
            case DealFeatureNames.Contacts: return 4;
            case DealFeatureNames.Slippage: return 3;
            case DealFeatureNames.Amount: return amountBands.Count + 1;
            case DealFeatureNames.OwnerTier: return 4;
            default: return 2;
        }
    }

    /// <summary>0-3d, 4-7d, 8-14d, 15d+ or never.</summary>
    public static string TouchRecency(double? days)
    {
        if (!days.HasValue)
        {
            return "never";
        }

        return days.Value <= 3 ? "0-3d" : days.Value <= 7 ? "4-7d" : days.Value <= 14 ? "8-14d" : "15d+";
    }

    /// <summary>0, 1, 2 or 3+.</summary>
    public static string Contacts(int contacts) => contacts <= 0 ? "0" : contacts == 1 ? "1" : contacts == 2 ? "2" : "3+";

    /// <summary>0, 1 or 2+.</summary>
    public static string Slippage(int pushes) => pushes <= 0 ? "0" : pushes == 1 ? "1" : "2+";

    /// <summary>The tier's name ("A", "NotTiered"), as <c>Enum.ToString</c> gives it but without its per-call cost.</summary>
    internal static string OwnerTier(Tier tier)
    {
        switch (tier)
        {
            case Tier.A: return nameof(Tier.A);
            case Tier.B: return nameof(Tier.B);
            case Tier.C: return nameof(Tier.C);
            case Tier.NotTiered: return nameof(Tier.NotTiered);
            default: return tier.ToString();
        }
    }

    /// <summary>"up to X", "X to Y" or "over Z" from the configured bounds.</summary>
    public string Amount(decimal amount)
    {
        var value = (double)(amount < 0 ? 0 : amount);
        for (var i = 0; i < amountBands.Count; i++)
        {
            if (value <= amountBands[i])
            {
                return amountLabels[i];
            }
        }

        return amountLabels[amountBands.Count];
    }

    private string AmountLabel(int band)
    {
        if (amountBands.Count == 0)
        {
            return "any";
        }

        if (band == 0)
        {
            return "up to " + Format(amountBands[0]);
        }

        return band == amountBands.Count
            ? "over " + Format(amountBands[band - 1])
            : Format(amountBands[band - 1]) + " to " + Format(amountBands[band]);
    }

    private static string Format(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
