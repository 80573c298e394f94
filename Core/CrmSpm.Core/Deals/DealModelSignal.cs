namespace CrmSpm.Core.Deals;

/// <summary>What the deal model's own time-ordered held-out check said (docs/scoring.md §6).</summary>
public enum DealModelSignal
{
    /// <summary>Never checked (a model built only by <see cref="DealModel.Add"/>): the evidence counts in full.</summary>
    Unchecked = 0,

    /// <summary>The check beat the team's base rate: scores use the evidence at the weight the check chose.</summary>
    Signal = 1,

    /// <summary>Too few closed deals, or the check could not beat the base rate: every deal scores the team's win rate, without reasons.</summary>
    NotEnoughSignal = 2,
}
