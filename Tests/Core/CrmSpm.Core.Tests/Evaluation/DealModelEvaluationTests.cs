using CrmSpm.Core.Evaluation;

namespace CrmSpm.Core.Tests.Evaluation;

/// <summary>
/// The deal model against its targets (docs/scoring.md §6, "Evaluation") on three seeded generated orgs: qualitative
/// checks, not the exact figures of the table. Deterministic: the generator, the shuffles and the check are seeded.
/// </summary>
public class DealModelEvaluationTests : CoreTestBase
{
    private static IReadOnlyList<EvaluationRow>? rows;

    private static IReadOnlyList<EvaluationRow> Rows => rows ??= new DealModelEvaluation(Profile()).Run(seeds: 3);

    private static EvaluationRow Row(string data, string split, int size, string model) =>
        Rows.Single(r => r.Dataset == data && r.Training == split && r.TrainingSize == size && r.Model == model);

    [TestCase(DealModelEvaluation.LatestClosed, 40)]
    [TestCase(DealModelEvaluation.LatestClosed, 80)]
    [TestCase(DealModelEvaluation.LatestClosed, 200)]
    [TestCase(DealModelEvaluation.FirstClosed, 40)]
    [TestCase(DealModelEvaluation.FirstClosed, 80)]
    [TestCase(DealModelEvaluation.FirstClosed, 200)]
    public void Run_DataWithSignal_Should_RankAtLeastAsWellAsTheBetterBaselineAndBeatTheBaseRate(string split, int size)
    {
        // Act
        var ours = Row("signal", split, size, "CrmSpm");
        var baseline = Math.Max(Row("signal", split, size, "add-one naive Bayes").Auc, Row("signal", split, size, "L2 logistic regression").Auc);

        // Assert
        Assert.That(ours.Auc, Is.GreaterThanOrEqualTo(baseline));
        Assert.That(ours.Brier, Is.LessThan(ours.BaseRateBrier));
    }

    [Test]
    public void Run_DataWithoutSignal_Should_NeverBeWorseThanTheBaseRateBeyondNoise()
    {
        // Act
        var ours = Rows.Where(r => r.Dataset == "no signal" && r.Model == "CrmSpm").ToList();

        // Assert: within two standard errors over the seeds, at every size of both splits. A model without signal
        // scores its prior, whose pull toward defaultWinRate moves the Brier score by hundred-thousandths at 200
        // closed deals, where the seeds can agree closely: differences below 0.001 are no difference.
        Assert.That(ours, Has.Count.EqualTo(10), "5 sizes × 2 splits");
        Assert.That(ours.Where(r => r.Brier - r.BaseRateBrier > Math.Max(2 * r.BrierGapError, 0.001)).Select(r => $"{r.Training} {r.TrainingSize}: {r.Brier:0.0000} against {r.BaseRateBrier:0.0000}"), Is.Empty);
        Assert.That(ours.Where(r => r.TrainingSize >= 200).Select(r => r.SignalShare), Is.All.EqualTo(0), "the time-ordered check never claims signal there");
    }
}
