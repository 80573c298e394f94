namespace CrmSpm.Core.Profile;

/// <summary>
/// <c>weights.adoption</c>: each between 0 and 1. They need not sum to 1: the adoption score divides by
/// their sum, so only their ratios matter.
/// </summary>
public sealed class AdoptionWeights
{
    /// <summary>Required fields filled on open deals, per stage.</summary>
    public double Completeness { get; set; } = 0.2;

    /// <summary>Share of open deals touched within <see cref="ThresholdSettings.FreshnessDays"/>.</summary>
    public double Freshness { get; set; } = 0.3;

    /// <summary>Activities logged per open deal per week against the target.</summary>
    public double ActivityRate { get; set; } = 0.2;

    /// <summary>Share of open deals whose close date is not in the past.</summary>
    public double CloseDateHygiene { get; set; } = 0.15;

    /// <summary>Share of open deals with a next step.</summary>
    public double NextStepDiscipline { get; set; } = 0.15;

    /// <summary>Sum of the five weights.</summary>
    public double Sum => Completeness + Freshness + ActivityRate + CloseDateHygiene + NextStepDiscipline;
}
