namespace CrmSpm.Core.Deals;

/// <summary>The outcome of <see cref="DealModelCheck"/>.</summary>
internal sealed class DealModelCalibration
{
    public DealModelSignal Signal { get; set; }

    public double EvidenceWeight { get; set; }

    public int Predictions { get; set; }

    public double HeldOutBrier { get; set; }

    public double BaseRateBrier { get; set; }

    /// <summary>The check chose the stage's evidence alone (<see cref="DealModelCheck"/>): the other features get no weight.</summary>
    public bool StageOnly { get; set; }
}
