namespace CrmSpm.Core.Scoring.Outcomes;

/// <summary>
/// How well a rep's commits matched what closed, over finished periods with a commit and a non-zero
/// actual: bias = mean((commit − actual) ÷ actual) (positive = over-forecasting), MAPE = mean(|actual −
/// commit| ÷ actual).
/// </summary>
public sealed class ForecastCalibration
{
    /// <summary>Periods compared.</summary>
    public int Periods { get; set; }

    /// <summary>Mean signed percentage error as a fraction; +0.2 means commits were 20 % too high on average.</summary>
    public double Bias { get; set; }

    /// <summary>Mean absolute percentage error as a fraction.</summary>
    public double MeanAbsolutePercentageError { get; set; }
}
