namespace CrmSpm.Core.Deals;

/// <summary>Names of the deal model's features, as they appear in its state and in reason JSON.</summary>
public static class DealFeatureNames
{
    /// <summary>Stage reached, counted the Odoo way (a lost deal only for the stages it reached).</summary>
    public const string Stage = "stage";

    /// <summary>Days since the last touch, banded.</summary>
    public const string TouchRecency = "touch-recency";

    /// <summary>Contacts engaged, banded.</summary>
    public const string Contacts = "contacts";

    /// <summary>Close-date pushes, banded.</summary>
    public const string Slippage = "slippage";

    /// <summary>Amount band from thresholds.amountBands.</summary>
    public const string Amount = "amount";

    public const string OwnerTier = "owner-tier";
}
