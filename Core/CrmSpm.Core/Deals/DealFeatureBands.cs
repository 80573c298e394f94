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
    /// <summary>Touch recency: last touch 0 to 3 days ago.</summary>
    public const string TouchedWithin3Days = "0-3d";

    /// <summary>Touch recency: last touch 4 to 7 days ago.</summary>
    public const string TouchedWithin7Days = "4-7d";

    /// <summary>Touch recency: last touch 8 to 14 days ago.</summary>
    public const string TouchedWithin14Days = "8-14d";

    /// <summary>Touch recency: last touch 15 or more days ago.</summary>
    public const string TouchedOver14Days = "15d+";

    /// <summary>Touch recency: never touched.</summary>
    public const string NeverTouched = "never";

    /// <summary>Contacts engaged: none.</summary>
    public const string NoContact = "0";

    /// <summary>Contacts engaged: one.</summary>
    public const string OneContact = "1";

    /// <summary>Contacts engaged: two.</summary>
    public const string TwoContacts = "2";

    /// <summary>Contacts engaged: three or more.</summary>
    public const string ThreeOrMoreContacts = "3+";

    /// <summary>Close-date pushes: none.</summary>
    public const string NeverPushed = "0";

    /// <summary>Close-date pushes: one.</summary>
    public const string PushedOnce = "1";

    /// <summary>Close-date pushes: two or more.</summary>
    public const string PushedTwiceOrMore = "2+";

    // A copy of the bounds the labels were made from: an array, not the profile's list behind an interface, as every
    // counted and scored deal is banded.
    private readonly double[] amountBands;
    private readonly string[] amountLabels;

    /// <summary>Creates the bands; <paramref name="amountBands"/> are ascending upper bounds (thresholds.amountBands).</summary>
    public DealFeatureBands(IList<double> amountBands)
    {
        this.amountBands = new double[amountBands?.Count ?? 0];
        amountBands?.CopyTo(this.amountBands, 0);
        amountLabels = new string[this.amountBands.Length + 1];
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
            case DealFeatureNames.Amount: return amountBands.Length + 1;
            case DealFeatureNames.OwnerTier: return 4;
            default: return 2;
        }
    }

    /// <summary>0-3d, 4-7d, 8-14d, 15d+ or never.</summary>
    public static string TouchRecency(double? days)
    {
        if (!days.HasValue)
        {
            return NeverTouched;
        }

        return days.Value <= 3 ? TouchedWithin3Days : days.Value <= 7 ? TouchedWithin7Days : days.Value <= 14 ? TouchedWithin14Days : TouchedOver14Days;
    }

    /// <summary>0, 1, 2 or 3+.</summary>
    public static string Contacts(int contacts) =>
        contacts <= 0 ? NoContact : contacts == 1 ? OneContact : contacts == 2 ? TwoContacts : ThreeOrMoreContacts;

    /// <summary>0, 1 or 2+.</summary>
    public static string Slippage(int pushes) => pushes <= 0 ? NeverPushed : pushes == 1 ? PushedOnce : PushedTwiceOrMore;

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
        for (var i = 0; i < amountBands.Length; i++)
        {
            if (value <= amountBands[i])
            {
                return amountLabels[i];
            }
        }

        return amountLabels[amountBands.Length];
    }

    private string AmountLabel(int band)
    {
        if (amountBands.Length == 0)
        {
            return "any";
        }

        if (band == 0)
        {
            return "up to " + Format(amountBands[0]);
        }

        return band == amountBands.Length
            ? "over " + Format(amountBands[band - 1])
            : Format(amountBands[band - 1]) + " to " + Format(amountBands[band]);
    }

    private static string Format(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
