using System;
using System.Collections.Generic;
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

    /// <summary>
    /// What <see cref="Fact"/> reads of the deal for <paramref name="feature"/>, as a text and a number (unused parts
    /// empty): deals with equal keys get equal facts, so <see cref="DealReasonTextCache"/> can hand out one string.
    /// </summary>
    internal static void FactKey(string feature, DealFeatures deal, out string text, out long number)
    {
        text = "";
        number = 0;
        switch (feature)
        {
            case DealFeatureNames.Stage:
                text = deal.StageName;
                number = deal.StageOrder;
                break;
            case DealFeatureNames.TouchRecency:
                number = deal.DaysSinceTouch.HasValue ? RoundedDays(deal.DaysSinceTouch.Value) : -1;
                break;
            case DealFeatureNames.Contacts:
                number = deal.ContactsEngaged;
                break;
            case DealFeatureNames.Slippage:
                number = deal.ClosePushes;
                break;
            case DealFeatureNames.OwnerTier:
                number = (long)deal.OwnerTier;
                break;
        }
    }

    private static string Days(double days) => Plural.Of(RoundedDays(days), "day");

    private static int RoundedDays(double days) => (int)Math.Round(Math.Max(0, days));
}

/// <summary>
/// The reason texts of one scoring pass over many deals (<see cref="DealScoringPass"/>): thousands of open deals say
/// a few hundred different things, and each text a score keeps is kept until the run's result is gone.
/// </summary>
internal sealed class DealReasonTextCache
{
    private readonly Dictionary<Key, string> texts = new Dictionary<Key, string>();

    /// <summary><see cref="DealReasonText.For"/>, written once per different fact.</summary>
    public string For(string feature, DealFeatures deal, string bandValue, bool helps)
    {
        DealReasonText.FactKey(feature, deal, out var factText, out var factNumber);
        var key = new Key(feature, bandValue, factText, factNumber, helps);
        if (!texts.TryGetValue(key, out var text))
        {
            text = DealReasonText.For(feature, deal, bandValue, helps);
            texts.Add(key, text);
        }

        return text;
    }

    /// <summary>Everything a reason's text depends on: the feature, its band, the fact's key and the side.</summary>
    private readonly struct Key : IEquatable<Key>
    {
        private readonly string feature;
        private readonly string band;
        private readonly string factText;
        private readonly long factNumber;
        private readonly bool helps;

        public Key(string feature, string band, string factText, long factNumber, bool helps)
        {
            this.feature = feature;
            this.band = band;
            this.factText = factText;
            this.factNumber = factNumber;
            this.helps = helps;
        }

        public bool Equals(Key other) =>
            factNumber == other.factNumber && helps == other.helps && string.Equals(feature, other.feature, StringComparison.Ordinal)
            && string.Equals(band, other.band, StringComparison.Ordinal) && string.Equals(factText, other.factText, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        /// <summary>From lengths and the number, not the strings' characters: cheap, and the few keys a pass meets still spread.</summary>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = (feature.Length * 31) + band.Length;
                hash = (hash * 31) + factText.Length;
                return (hash * 31) + factNumber.GetHashCode() + (helps ? 1 : 0);
            }
        }
    }
}
