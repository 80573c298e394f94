using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>A deal's win probability with the reasons that raise and lower it.</summary>
public sealed class DealScore
{
    public string OpportunityId { get; set; } = "";

    /// <summary>Win probability, 0.01 to 0.99.</summary>
    public double Probability { get; set; }

    /// <summary>Probability in whole percent, 1 to 99 (crmspm_dealscore).</summary>
    public int Score => (int)System.Math.Round(Probability * 100, System.MidpointRounding.AwayFromZero);

    /// <summary>The org's prior win probability the score starts from.</summary>
    public double PriorProbability { get; set; }

    /// <summary>Closed deals behind the model.</summary>
    public int ClosedDeals { get; set; }

    /// <summary>What the model's held-out check found; with <see cref="DealModelSignal.NotEnoughSignal"/> the score is the prior and there are no reasons.</summary>
    public DealModelSignal Signal { get; set; }

    /// <summary>The team's win rate over the counted deals (won ÷ closed); null before any deal closed.</summary>
    public double? TeamWinRate { get; set; }

    /// <summary>"Not enough signal yet: the team wins 31 % of its closed deals." when the model has no signal; empty otherwise.</summary>
    public string Note => Signal != DealModelSignal.NotEnoughSignal ? ""
        : TeamWinRate.HasValue
            ? "Not enough signal yet: the team wins " + System.Math.Round(TeamWinRate.Value * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + " % of its " + Scoring.Plural.Of(ClosedDeals, "closed deal") + "."
            : "Not enough signal yet: no closed deals.";

    /// <summary>Up to three reasons that raise the probability, strongest first.</summary>
    /// <remarks>Empty by default without an array per score: a run scores every open deal and sets both lists anyway.</remarks>
    public IReadOnlyList<DealReason> PositiveReasons { get; set; } = System.Array.Empty<DealReason>();

    /// <summary>Up to three reasons that lower the probability, strongest first.</summary>
    public IReadOnlyList<DealReason> NegativeReasons { get; set; } = System.Array.Empty<DealReason>();
}
