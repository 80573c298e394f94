using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Tests.Scoring;

public class StatisticsTests
{
    [Test]
    public void Median_OddEvenAndEmpty_Should_FollowTheDefinition()
    {
        Assert.That(Statistics.Median(new double[] { 3, 1, 2 }), Is.EqualTo(2));
        Assert.That(Statistics.Median(new double[] { 4, 1, 3, 2 }), Is.EqualTo(2.5));
        Assert.That(Statistics.Median(Array.Empty<double>()), Is.Null);
    }

    [Test]
    public void CohensD_TwoSmallGroups_Should_UseThePooledDeviation()
    {
        // Arrange: means 2 and 4; sums of squares 2 and 2; pooled variance 4 ÷ (3 + 3 − 2) = 1 → d = (2 − 4) ÷ 1.
        var d = Statistics.CohensD(new double[] { 1, 2, 3 }, new double[] { 3, 4, 5 });

        // Assert
        Assert.That(d, Is.EqualTo(-2).Within(1e-12));
    }

    [Test]
    public void CohensD_DegenerateGroups_Should_BeCappedOrZero()
    {
        Assert.That(Statistics.CohensD(new double[] { 1, 1 }, new double[] { 2, 2 }), Is.EqualTo(-Statistics.MaxEffectSize), "no spread, different means");
        Assert.That(Statistics.CohensD(new double[] { 1, 1 }, new double[] { 1, 1 }), Is.EqualTo(0), "no spread, same means");
        Assert.That(Statistics.CohensD(new double[] { 1 }, new double[] { 2, 3 }), Is.EqualTo(0), "fewer than two values");
    }
}
