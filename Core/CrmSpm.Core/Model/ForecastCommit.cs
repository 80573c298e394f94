namespace CrmSpm.Core.Model;

/// <summary>
/// The amount a rep committed for a period (the sum of their Commit-category deals when the forecast was
/// submitted). Compared with what actually closed to measure forecast bias and error.
/// </summary>
public sealed class ForecastCommit
{
    /// <summary>Period key <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>Committed amount in the org's base currency.</summary>
    public decimal Amount { get; set; }
}
