using System.Collections.Generic;

namespace CrmSpm.Core.Profile;

/// <summary>The <c>thresholds</c> section.</summary>
public sealed class ThresholdSettings
{
    /// <summary>A deal touched within this many days counts as fresh.</summary>
    public double FreshnessDays { get; set; } = 14;

    /// <summary>Completed activities per open deal per week that earn the full activity-rate component.</summary>
    public double TargetActivitiesPerDealPerWeek { get; set; } = 1.5;

    /// <summary>Closed deals (won + lost) in the outcome window a rep needs before being tiered.</summary>
    public int MinClosedDealsForTier { get; set; } = 6;

    /// <summary>Share of tiered reps that are A.</summary>
    public double TierAShare { get; set; } = 0.25;

    /// <summary>Share of tiered reps that are C.</summary>
    public double TierCShare { get; set; } = 0.25;

    /// <summary>Months for a new rep to ramp to full expected output (tenure normalisation).</summary>
    public double RampMonths { get; set; } = 12;

    /// <summary>Smallest |effect size| (Cohen's d, A against B) for a behaviour to count as a practice.</summary>
    public double MinPracticeEffectSize { get; set; } = 0.5;

    /// <summary>
    /// Pseudo-count of closed deals that pulls deal scores toward the org's win rate: with this many
    /// closed deals the evidence counts half.
    /// </summary>
    public double DealModelPriorStrength { get; set; } = 10;

    /// <summary>Win rate assumed before the org has closed deals.</summary>
    public double DefaultWinRate { get; set; } = 0.25;

    /// <summary>Ascending upper bounds of the amount bands used by the deal model.</summary>
    public IList<double> AmountBands { get; set; } = new List<double> { 10000, 50000, 250000 };

    /// <summary>Close dates further ahead than this many years are treated as missing (data issue).</summary>
    public double MaxCloseDateYearsAhead { get; set; } = 5;
}
