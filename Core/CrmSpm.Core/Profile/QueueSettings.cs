namespace CrmSpm.Core.Profile;

/// <summary>The <c>queue</c> section: the manager's coaching queue.</summary>
public sealed class QueueSettings
{
    /// <summary>Win-rate points (percentage points) a coached rep could realistically gain toward the A tier.</summary>
    public double WinRateLiftPoints { get; set; } = 3;

    /// <summary>Longest queue shown to a manager.</summary>
    public int MaxEntries { get; set; } = 10;
}
