using System;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The one rule for deal-feature bands whose coaching meaning is fixed (docs/scoring.md §6, "Coached direction"):
/// a recent touch (0-7 days), 3+ contacts engaged and a close date never pushed can only raise a deal's score; a
/// stale touch (15+ days), no touch at all, 0-1 contacts engaged and a pushed close date can only lower it. Tips
/// coach exactly these habits, so a score reason may never say the opposite of the tip beside it. The model clamps
/// its likelihood ratios with <see cref="Apply"/> and the reason text reads a fact as a risk by <see cref="ReadsAsRisk"/>.
/// Other bands (8-14 days, 2 contacts, amounts, tiers, stages) move the score either way, as the org's deals say.
/// </summary>
public static class CoachedDirection
{
    /// <summary>True when the band can only raise the score (its log-likelihood ratio is at least 0).</summary>
    public static bool OnlyRaises(string feature, string band)
    {
        switch (feature)
        {
            case DealFeatureNames.TouchRecency:
                return band == DealFeatureBands.TouchedWithin3Days || band == DealFeatureBands.TouchedWithin7Days;
            case DealFeatureNames.Contacts:
                return band == DealFeatureBands.ThreeOrMoreContacts;
            case DealFeatureNames.Slippage:
                return band == DealFeatureBands.NeverPushed;
            default:
                return false;
        }
    }

    /// <summary>True when the band can only lower the score (its log-likelihood ratio is at most 0).</summary>
    public static bool OnlyLowers(string feature, string band)
    {
        switch (feature)
        {
            case DealFeatureNames.TouchRecency:
                return band == DealFeatureBands.TouchedOver14Days || band == DealFeatureBands.NeverTouched;
            case DealFeatureNames.Contacts:
                return band == DealFeatureBands.NoContact || band == DealFeatureBands.OneContact;
            case DealFeatureNames.Slippage:
                return band == DealFeatureBands.PushedOnce || band == DealFeatureBands.PushedTwiceOrMore;
            default:
                return false;
        }
    }

    /// <summary><paramref name="logRatio"/> clamped to the band's coached direction: ≥ 0, ≤ 0, or unchanged.</summary>
    public static double Apply(string feature, string band, double logRatio)
    {
        if (OnlyRaises(feature, band))
        {
            return Math.Max(0, logRatio);
        }

        return OnlyLowers(feature, band) ? Math.Min(0, logRatio) : logRatio;
    }

    /// <summary>
    /// True when a reason that lowers the score reads as a risk without explanation: a band that can only lower it,
    /// or an owner in tier C. Any other lowering reason says "(wins less often here)".
    /// </summary>
    public static bool ReadsAsRisk(string feature, string band) =>
        OnlyLowers(feature, band) || (feature == DealFeatureNames.OwnerTier && band == nameof(Tier.C));
}
