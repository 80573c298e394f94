namespace CrmSpm.Core.Scoring.Outcomes;

/// <summary>
/// A rep's results. Win rate, deal size, cycle, velocity and slippage use the outcome window
/// (windows.outcomeDays); quota attainment and coverage use the current monthly period. Values that cannot
/// be computed (no closed deals, no quota) are null, never 0.
/// </summary>
public sealed class RepOutcomes
{
    public string RepId { get; set; } = "";

    /// <summary>Current period key, <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>Deals won in the outcome window.</summary>
    public int WonCount { get; set; }

    /// <summary>Deals lost in the outcome window.</summary>
    public int LostCount { get; set; }

    /// <summary>Won ÷ (won + lost); null without closed deals.</summary>
    public double? WinRate { get; set; }

    /// <summary>Won amount ÷ won deals; null without wins.</summary>
    public decimal? AverageWonAmount { get; set; }

    /// <summary>Mean days from creation to close of won deals; null without wins.</summary>
    public double? CycleDays { get; set; }

    /// <summary>(open deals × average won amount × win rate) ÷ cycle days, in amount per day.</summary>
    public double? Velocity { get; set; }

    /// <summary>Open deals now.</summary>
    public int OpenCount { get; set; }

    /// <summary>Amount of all open deals.</summary>
    public decimal OpenPipeline { get; set; }

    /// <summary>Open amount expected to close by the end of the current period (overdue deals included).</summary>
    public decimal PeriodPipeline { get; set; }

    /// <summary>Open amount expected to close within queue.horizonDays (overdue estimates included): what the queue's gain counts.</summary>
    public decimal HorizonPipeline { get; set; }

    /// <summary>Quota of the current period; null when none is set.</summary>
    public decimal? Quota { get; set; }

    /// <summary>Amount won in the current period.</summary>
    public decimal WonInPeriod { get; set; }

    /// <summary>max(0, quota − won in period); null without quota.</summary>
    public decimal? RemainingQuota { get; set; }

    /// <summary>Won in period ÷ quota (uncapped); null without quota.</summary>
    public double? Attainment { get; set; }

    /// <summary>Period pipeline ÷ remaining quota; null without quota or when the quota is already met.</summary>
    public double? Coverage { get; set; }

    /// <summary>1 ÷ win rate: the coverage this rep actually needs; null without a positive win rate.</summary>
    public double? NeededCoverage { get; set; }

    /// <summary>Close-date pushes per deal over open deals and deals closed in the window.</summary>
    public double SlippagePerDeal { get; set; }

    /// <summary>Won amount in the window ÷ the quotas of the months it spans; null without quotas (feeds the tier).</summary>
    public double? WindowAttainment { get; set; }

    /// <summary>Forecast calibration; null when the rep has no commits for a finished period.</summary>
    public ForecastCalibration? Forecast { get; set; }
}
