namespace CrmSpm.Core.Coaching;

/// <summary>Keys of <see cref="CoachingTip.Evidence"/> (crmspm_evidence JSON).</summary>
public static class EvidenceKeys
{
    /// <summary>What was observed on the deal or rep ("16 days").</summary>
    public const string Observed = "observed";

    /// <summary>What top performers do, or the configured limit ("4 days").</summary>
    public const string Benchmark = "benchmark";
}
