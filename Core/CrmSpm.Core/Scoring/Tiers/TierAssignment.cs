namespace CrmSpm.Core.Scoring.Tiers;

/// <summary>A rep's tier with the numbers that put them there (formula in docs/scoring.md).</summary>
public sealed class TierAssignment
{
    public string RepId { get; set; } = "";

    /// <summary>A, B, C or not tiered.</summary>
    public Tier Tier { get; set; } = Tier.NotTiered;

    /// <summary>Win rate in the outcome window (0 when not tiered).</summary>
    public double WinRate { get; set; }

    /// <summary>Won in the window ÷ the quotas of its months; null without a quota.</summary>
    public double? WindowAttainment { get; set; }

    /// <summary>Months since the rep started; null when the start date is unknown.</summary>
    public double? TenureMonths { get; set; }

    /// <summary>Weighted win rate and capped attainment before normalisation, 0–1.</summary>
    public double OutcomeIndex { get; set; }

    /// <summary>Expected-output factor from tenure: min(1, 0.5 + 0.5 × months ÷ rampMonths).</summary>
    public double TenureFactor { get; set; } = 1;

    /// <summary>Expected-output factor from territory: clamp(√(size ÷ median size), 0.5, 2).</summary>
    public double TerritoryFactor { get; set; } = 1;

    /// <summary>OutcomeIndex ÷ (TenureFactor × TerritoryFactor): what ranks reps.</summary>
    public double NormalisedIndex { get; set; }

    /// <summary>1-based rank among tiered reps; 0 when not tiered.</summary>
    public int Rank { get; set; }

    /// <summary>Why this tier, in words a manager can check (<see cref="TierExplainer"/>).</summary>
    public string Explanation { get; set; } = "";
}
