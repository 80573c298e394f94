namespace CrmSpm.Core.Scoring.Tiers;

/// <summary>The letter people read for a tier: the one tier-to-text mapping (screens choose their own mark for "not tiered").</summary>
public static class TierLetter
{
    /// <summary>"A", "B" or "C"; null when the rep is not tiered (or the value is unknown).</summary>
    public static string? Of(Tier tier)
    {
        switch (tier)
        {
            case Tier.A: return "A";
            case Tier.B: return "B";
            case Tier.C: return "C";
            default: return null;
        }
    }
}
