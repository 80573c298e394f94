using CrmSpm.Core.Evaluation;

namespace CrmSpm.Core.Tests.Evaluation;

public class EvaluationMetricsTests
{
    [Test]
    public void Auc_WithATie_Should_CountItHalf()
    {
        // Won scores 0.9 and 0.5, lost 0.5 and 0.1: pairs (0.9>0.5), (0.9>0.1), (0.5=0.5 → ½), (0.5>0.1) = 3.5 of 4.
        var auc = EvaluationMetrics.Auc(new[] { 0.9, 0.5, 0.5, 0.1 }, new[] { true, true, false, false });
        Assert.That(auc, Is.EqualTo(0.875));
    }

    [Test]
    public void Brier_Should_BeTheMeanSquaredError()
    {
        // (0.8 − 1)² = 0.04 and (0.4 − 0)² = 0.16 → 0.10.
        Assert.That(EvaluationMetrics.Brier(new[] { 0.8, 0.4 }, new[] { true, false }), Is.EqualTo(0.1).Within(1e-12));
    }
}
