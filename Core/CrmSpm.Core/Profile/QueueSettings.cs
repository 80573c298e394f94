namespace CrmSpm.Core.Profile;

/// <summary>The <c>queue</c> section: the manager's coaching queue.</summary>
public sealed class QueueSettings
{
    /// <summary>Win-rate points (percentage points) a coached rep could realistically gain toward the A tier.</summary>
    public double WinRateLiftPoints { get; set; } = 3;

    /// <summary>Longest queue shown to a manager.</summary>
    public int MaxEntries { get; set; } = 10;

    /// <summary>Days ahead whose pipeline the expected gain counts (91: the next quarter).</summary>
    public int HorizonDays { get; set; } = 91;

    /// <summary>ISO 4217 code of the org's base currency, named in the expected gain ("≈ USD 42,000").</summary>
    public string Currency { get; set; } = "USD";
}
