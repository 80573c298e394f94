namespace CrmSpm.Core.Coaching;

/// <summary>
/// The measured fact behind a tip, as numbers: what the rep's deal (or the rep) shows, what top performers do, and
/// which deal-model feature measures the same thing. It lets the wording drop a benchmark that is no better than the
/// rep's own figure, and the tip policy compare the tip with the deal's score reasons (<see cref="Policy.TipReasonCheck"/>).
/// </summary>
public sealed class TipSignal
{
    /// <summary>The deal-model feature measuring the same signal (<see cref="Deals.DealFeatureNames"/>), null when none does.</summary>
    public string? Feature { get; set; }

    /// <summary>The rep's figure.</summary>
    public double Observed { get; set; }

    /// <summary>Top performers' figure; null when there is no benchmark.</summary>
    public double? Benchmark { get; set; }

    /// <summary>True when more is better (contacts engaged), false when less is (days without a touch).</summary>
    public bool HigherIsBetter { get; set; }

    /// <summary>True when the benchmark is strictly better than the rep's figure, so citing it makes a point.</summary>
    public bool BenchmarkIsBetter =>
        Benchmark.HasValue && (HigherIsBetter ? Benchmark.Value > Observed : Benchmark.Value < Observed);
}
