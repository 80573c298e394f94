namespace CrmSpm.Core.Coaching.Queue;

/// <summary>Whose win rate the coaching queue lifts reps toward (docs/scoring.md §8).</summary>
public enum QueueTargetBasis
{
    /// <summary>The median win rate of the A tier: at least 3 A-tier reps have one.</summary>
    TopPerformers = 0,

    /// <summary>Too few A-tier reps to speak of top performers: the median win rate of the org's tiered reps.</summary>
    OrgMedian = 1,
}
