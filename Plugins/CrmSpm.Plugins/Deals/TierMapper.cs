using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Deals;

/// <summary>Core's tier and the scorecard's <c>crmspm_tier</c> choice, both ways.</summary>
public static class TierMapper
{
    public static Tier FromChoice(int? choice)
    {
        switch (choice)
        {
            case TierChoice.A: return Tier.A;
            case TierChoice.B: return Tier.B;
            case TierChoice.C: return Tier.C;
            default: return Tier.NotTiered;
        }
    }

    public static int ToChoice(Tier tier)
    {
        switch (tier)
        {
            case Tier.A: return TierChoice.A;
            case Tier.B: return TierChoice.B;
            case Tier.C: return TierChoice.C;
            default: return TierChoice.NotTiered;
        }
    }
}
