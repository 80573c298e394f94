namespace CrmSpm.Core.Scoring.Tiers;

/// <summary>Performance tier from normalised outcomes (Dataverse crmspm_tier 100000000–100000003).</summary>
public enum Tier
{
    /// <summary>Top performers: their behaviour is the benchmark.</summary>
    A = 0,

    /// <summary>The middle: the reps coaching can lift most.</summary>
    B = 1,

    /// <summary>The bottom share.</summary>
    C = 2,

    /// <summary>Too few closed deals to judge (see thresholds.minClosedDealsForTier).</summary>
    NotTiered = 3,
}
