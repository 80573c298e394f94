using System.Collections.Generic;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Scoring;

/// <summary>Everything the engine says about one rep for the current period (the crmspm_scorecard row).</summary>
public sealed class RepScorecard
{
    public string RepId { get; set; } = "";

    public string RepName { get; set; } = "";

    /// <summary>The rep's manager; null when none.</summary>
    public string? ManagerId { get; set; }

    /// <summary>Period key <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>CRM adoption 0–100 with its five components.</summary>
    public ExplainedScore Adoption { get; set; } = ExplainedScore.NotScored("not computed");

    /// <summary>Adoption at the end of the previous period when known (from the snapshot).</summary>
    public double? PreviousAdoption { get; set; }

    /// <summary>Adoption minus previous adoption; null when either is unknown.</summary>
    public double? AdoptionTrend => Adoption.Value.HasValue && PreviousAdoption.HasValue ? Adoption.Value - PreviousAdoption : null;

    /// <summary>Win rate, velocity, coverage, attainment, slippage, forecast calibration.</summary>
    public RepOutcomes Outcomes { get; set; } = new RepOutcomes();

    /// <summary>Tier with its normalisation.</summary>
    public TierAssignment Tier { get; set; } = new TierAssignment();

    /// <summary>Closeness to the A-tier benchmarks 0–100, weighted by how much each behaviour separates won from lost deals.</summary>
    public ExplainedScore Behaviour { get; set; } = ExplainedScore.NotScored("not computed");

    /// <summary>The rep's measured behaviours by key (see Practices.BehaviourKeys).</summary>
    public IReadOnlyDictionary<string, double> BehaviourValues { get; set; } = new Dictionary<string, double>();
}
