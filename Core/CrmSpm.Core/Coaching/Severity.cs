namespace CrmSpm.Core.Coaching;

/// <summary>How urgent a tip is (Dataverse crmspm_severity 100000000–100000002).</summary>
public enum Severity
{
    /// <summary>Worth doing this week.</summary>
    Low = 0,

    /// <summary>Do it in the next few days.</summary>
    Medium = 1,

    /// <summary>Act now: the deal or the rep is at risk.</summary>
    High = 2,
}
