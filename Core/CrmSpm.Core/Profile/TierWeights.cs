namespace CrmSpm.Core.Profile;

/// <summary><c>weights.tier</c>: how win rate and quota attainment combine into the outcome index that ranks reps.</summary>
public sealed class TierWeights
{
    /// <summary>Weight of the win rate.</summary>
    public double WinRate { get; set; } = 0.5;

    /// <summary>Weight of quota attainment (capped at 200 %); ignored for reps without quota.</summary>
    public double Attainment { get; set; } = 0.5;
}
