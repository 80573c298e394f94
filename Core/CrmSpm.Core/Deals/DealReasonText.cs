using System;
using System.Globalization;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Deals;

/// <summary>The words shown for each deal-model feature ("Touched 2 days ago").</summary>
internal static class DealReasonText
{
    public static string For(string feature, DealFeatures deal, string bandValue)
    {
        switch (feature)
        {
            case DealFeatureNames.Stage:
                return "At stage " + (deal.StageName.Length > 0 ? deal.StageName : "#" + deal.StageOrder.ToString(CultureInfo.InvariantCulture));
            case DealFeatureNames.TouchRecency:
                return deal.DaysSinceTouch.HasValue ? "Touched " + Days(deal.DaysSinceTouch.Value) + " ago" : "Never touched";
            case DealFeatureNames.Contacts:
                return deal.ContactsEngaged <= 0 ? "No contact engaged"
                    : deal.ContactsEngaged == 1 ? "1 contact engaged"
                    : deal.ContactsEngaged.ToString(CultureInfo.InvariantCulture) + " contacts engaged";
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
        var whole = (int)Math.Round(Math.Max(0, days));
        return whole == 1 ? "1 day" : whole.ToString(CultureInfo.InvariantCulture) + " days";
    }
}
