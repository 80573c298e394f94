using System.Runtime.Serialization;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// One behaviour compared across tiers: the A-tier benchmark, the B-tier value and the effect size. It is a
/// "practice" (something top performers do differently) only when <see cref="IsPractice"/> is true.
/// </summary>
[DataContract]
public sealed class Practice
{
    /// <summary>Behaviour key, see <see cref="BehaviourKeys"/>.</summary>
    [DataMember(Name = "behaviour", Order = 1)]
    public string BehaviourKey { get; set; } = "";

    /// <summary>Human label ("Days between touches at Propose").</summary>
    [DataMember(Name = "label", Order = 2)]
    public string Label { get; set; } = "";

    /// <summary>Unit for display ("days", "contacts", "%").</summary>
    [DataMember(Name = "unit", Order = 3)]
    public string Unit { get; set; } = "";

    /// <summary>True when more is better (contacts), false when less is better (days between touches).</summary>
    [DataMember(Name = "higherIsBetter", Order = 4)]
    public bool HigherIsBetter { get; set; }

    /// <summary>
    /// Median of the A-tier reps' values; null ("not enough top performers to compare") when fewer than
    /// <see cref="PracticeEvidence.MinRepsPerTier"/> A-tier reps show the behaviour.
    /// </summary>
    [DataMember(Name = "aBenchmark", Order = 5)]
    public double? ABenchmark { get; set; }

    /// <summary>Median of the B-tier reps' values; null when no B-tier rep shows the behaviour.</summary>
    [DataMember(Name = "bValue", Order = 6)]
    public double? BValue { get; set; }

    /// <summary>Cohen's d of A against B (pooled standard deviation, at least 5 % of the means' size), capped to ±10; 0 when it cannot be computed.</summary>
    [DataMember(Name = "effectSize", Order = 7)]
    public double EffectSize { get; set; }

    /// <summary>How strongly the behaviour separates won from lost deals in this org (|Cohen's d|, at least 0.1): its weight in the behaviour score.</summary>
    [DataMember(Name = "outcomeWeight", Order = 8)]
    public double OutcomeWeight { get; set; }

    /// <summary>
    /// True when enough reps in each tier, A better than B (means and medians), a permutation test that excludes
    /// no difference (p ≤ 0.05) and |d| ≥ thresholds.minPracticeEffectSize (<see cref="PracticeEvidence"/>).
    /// </summary>
    [DataMember(Name = "isPractice", Order = 9)]
    public bool IsPractice { get; set; }

    /// <summary>One-sided permutation p-value of A better than B; null with too few reps.</summary>
    [DataMember(Name = "pValue", Order = 10)]
    public double? PValue { get; set; }

    /// <summary>A-tier reps measured.</summary>
    [DataMember(Name = "aReps", Order = 11)]
    public int ARepCount { get; set; }

    /// <summary>B-tier reps measured.</summary>
    [DataMember(Name = "bReps", Order = 12)]
    public int BRepCount { get; set; }

    /// <summary>The verdict in one sentence ("Not enough reps to tell: …").</summary>
    [DataMember(Name = "evidence", Order = 13)]
    public string Evidence { get; set; } = "";
}
