using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Tests.Scoring;

/// <summary>The practice test's large-sample path: the normal approximation of the permutation distribution.</summary>
public class PracticeEvidenceTests : CoreTestBase
{
    [TestCase(0.0, 0.5)]
    [TestCase(1.6448536, 0.05)]
    [TestCase(1.959964, 0.025)]
    [TestCase(-1.959964, 0.975)]
    [TestCase(3.090232, 0.001)]
    public void NormalUpperTail_KnownQuantiles_Should_GiveTheirTailProbability(double z, double expected)
    {
        // Quantiles of the standard normal law (https://en.wikipedia.org/wiki/Normal_distribution#Quantile_function).
        Assert.That(Statistics.NormalUpperTail(z), Is.EqualTo(expected).Within(2e-7));
    }

    [TestCase(0.0)]
    [TestCase(0.35)]
    [TestCase(0.7)]
    public void Test_SixtyAgainstOneHundredEightyReps_Should_AgreeWithTenThousandRandomSplits(double shift)
    {
        // Arrange: skewed values (days in a stage), A shifted lower by `shift` of a day: a small and a clear difference.
        var random = new Random(17);
        var a = Enumerable.Range(0, 60).Select(_ => -Math.Log(1 - random.NextDouble()) * 2 - shift).ToList();
        var b = Enumerable.Range(0, 180).Select(_ => -Math.Log(1 - random.NextDouble()) * 2).ToList();

        // Act
        var test = PracticeEvidence.Test(a, b, higherIsBetter: false, "days-in-stage:Propose");

        // Assert: the plain Monte Carlo permutation test, with twice the splits the engine ever drew.
        var all = a.Concat(b).ToArray();
        var observed = b.Average() - a.Average();
        var atLeast = 0;
        const int splits = 10000;
        for (var s = 0; s < splits; s++)
        {
            var shuffled = all.OrderBy(_ => random.Next()).ToArray();
            if (shuffled.Skip(60).Average() - shuffled.Take(60).Average() >= observed - 1e-12)
            {
                atLeast++;
            }
        }

        var monteCarlo = (1.0 + atLeast) / (1.0 + splits);
        Assert.That(test.PValue!.Value, Is.EqualTo(monteCarlo).Within(0.015), "p " + test.PValue + " against " + monteCarlo);
    }
}
