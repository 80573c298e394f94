using CrmSpm.Core.Deals;

namespace CrmSpm.Core.Tests.Deals;

public class DealFeatureBandsTests
{
    private readonly DealFeatureBands bands = new DealFeatureBands(new List<double> { 10000, 50000, 250000 });

    [TestCase(-5, "up to 10,000")]
    [TestCase(10000, "up to 10,000")]
    [TestCase(10000.01, "10,000 to 50,000")]
    [TestCase(250000, "50,000 to 250,000")]
    [TestCase(9000000, "over 250,000")]
    public void Amount_Should_FallInTheConfiguredBand(decimal amount, string expected)
    {
        Assert.That(bands.Amount(amount), Is.EqualTo(expected));
    }

    [TestCase(null, "never")]
    [TestCase(0.0, "0-3d")]
    [TestCase(3.0, "0-3d")]
    [TestCase(7.0, "4-7d")]
    [TestCase(14.0, "8-14d")]
    [TestCase(14.5, "15d+")]
    public void TouchRecency_Should_BandDays(double? days, string expected)
    {
        Assert.That(DealFeatureBands.TouchRecency(days), Is.EqualTo(expected));
    }

    [Test]
    public void Cardinality_Should_MatchTheNumberOfBands()
    {
        Assert.That(bands.Cardinality(DealFeatureNames.Amount), Is.EqualTo(4));
        Assert.That(bands.Cardinality(DealFeatureNames.TouchRecency), Is.EqualTo(5));
        Assert.That(bands.Cardinality(DealFeatureNames.OwnerTier), Is.EqualTo(4));
        Assert.That(DealFeatureBands.Contacts(7), Is.EqualTo("3+"));
        Assert.That(DealFeatureBands.Slippage(5), Is.EqualTo("2+"));
    }
}
