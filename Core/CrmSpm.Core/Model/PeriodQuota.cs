namespace CrmSpm.Core.Model;

/// <summary>A rep's quota (won amount) for one monthly period.</summary>
public sealed class PeriodQuota
{
    /// <summary>Period key <c>yyyy-MM</c>, see <see cref="Time.SalesPeriod"/>.</summary>
    public string Period { get; set; } = "";

    /// <summary>Quota amount in the org's base currency.</summary>
    public decimal Amount { get; set; }
}
