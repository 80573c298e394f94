using System;
using System.Globalization;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The words shown for each deal-model feature ("Touched 2 days ago"). The model learns from this org, so a fact
/// that sounds neutral or good in general ("Amount 10,000 to 50,000", "2 contacts engaged") can lower a score;
/// such a fact gets <see cref="HurtsSuffix"/> so the rep reads it as the risk it is. Facts that already read as a
/// risk ("Never touched", "Owner in tier C") stay short: <see cref="CoachedDirection.ReadsAsRisk"/> decides which.
/// </summary>
internal static class DealReasonText
{
    /// <summary>Appended to a reason that lowers the win probability but does not read as a risk on its own.</summary>
    public const string HurtsSuffix = " (wins less often here)";

    public static string For(string feature, DealFeatures deal, string bandValue, bool helps)
    {
        var fact = Fact(feature, deal, bandValue);
        return helps || CoachedDirection.ReadsAsRisk(feature, bandValue) ? fact : fact + HurtsSuffix;
    }

    private static string Fact(string feature, DealFeatures deal, string bandValue)
    {
        switch (feature)
        {
            case DealFeatureNames.Stage:
                return "At stage " + (deal.StageName.Length > 0 ? deal.StageName : "#" + deal.StageOrder.ToString(CultureInfo.InvariantCulture));
            case DealFeatureNames.TouchRecency:
                return deal.DaysSinceTouch.HasValue ? "Touched " + Days(deal.DaysSinceTouch.Value) + " ago" : "Never touched";
            case DealFeatureNames.Contacts:
                return deal.ContactsEngaged <= 0 ? "No contact engaged" : Plural.Of(deal.ContactsEngaged, "contact") + " engaged";
            case DealFeatureNames.Slippage:
                return deal.ClosePushes <= 0 ? "Close date never pushed"
                    : deal.ClosePushes == 1 ? "Close date pushed once"
                    : "Close date pushed " + deal.ClosePushes.ToString(CultureInfo.InvariantCulture) + " times";
            case DealFeatureNames.Amount:
                return "Amount " + bandValue;
            case DealFeatureNames.OwnerTier:
                return deal.OwnerTier == Tier.NotTiered ? "Owner not tiered yet" : "Owner in tier " + deal.OwnerTier;
            default:
                return feature + " " + bandValue;
        }
    }

    private static string Days(double days)
    {
        return Plural.Of((int)Math.Round(Math.Max(0, days)), "day");
    }
}
