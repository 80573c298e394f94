using System.Text.RegularExpressions;
using CrmSpm.Cli.Evaluate;
using CrmSpm.Cli.Rendering;

namespace CrmSpm.Cli.Tests.Evaluate;

/// <summary>
/// The verdict says only what the test shows: it works, too small to tell, or not enough signal yet (beside the team's
/// win rate), with the AUC's margin of Hanley and McNeil (https://doi.org/10.1148/radiology.143.1.7063747).
/// </summary>
public class EvaluationReportTests
{
    [Test]
    public void AucMargin_Should_BeHanleyAndMcNeilsStandardErrorTimes196()
    {
        // A = 0.75, 50 won, 50 lost: Q1 = 0.75/1.25 = 0.6, Q2 = 2·0.5625/1.75 = 0.642857;
        // SE² = (0.1875 + 49·0.0375 + 49·0.080357)/2500 = 5.9625/2500 = 0.002385, SE = 0.048836, × 1.96 = 0.09572.
        Assert.That(AucMargin.Of(0.75, 50, 50), Is.EqualTo(0.09572).Within(0.00001));
        Assert.That(AucMargin.Of(0.75, 0, 50), Is.EqualTo(double.PositiveInfinity), "no won deal: nothing to rank");
    }

    [Test]
    public void Verdict_WhenTheScoreBeatsTheWinRateClearly_Should_SayItWorks()
    {
        // 50 won, 50 lost; AUC 0.75 − margin 0.096 > 0.5, Brier 0.200 < 0.250.
        var outcome = Outcome(won: 50, lost: 50, auc: 0.75, brier: 0.2, baseBrier: 0.25);

        Assert.That(EvaluationReport.Verdict(outcome), Is.EqualTo(
            "In short: the deal score works on this data: it ranks won deals above lost ones better than chance, and its probabilities are closer to the outcomes than " +
            "the team's win rate (40 % won before the cutoff) (AUC 0.75; Brier 0.200 against the win rate's 0.250)."));
    }

    [Test]
    public void Verdict_WhenTheScoreLooksBetterOnAFewDeals_Should_SayTooSmallToTell()
    {
        // 6 won, 6 lost: AUC 0.70 but its margin is 0.307, so 0.5 is inside it.
        var outcome = Outcome(won: 6, lost: 6, auc: 0.7, brier: 0.22, baseBrier: 0.25);

        var verdict = EvaluationReport.Verdict(outcome);

        Assert.That(verdict, Does.StartWith("In short: too small to tell: the deal score looks better than the team's win rate (40 % won before the cutoff)"));
        Assert.That(verdict, Does.Contain("but 6 won deals and 6 lost deals after the cutoff cannot tell it from chance."));
    }

    [TestCase(0.5, 0.26, "(AUC 0.50; Brier 0.260 against the win rate's 0.250).")] // worse on both
    [TestCase(0.53, 0.249, "(AUC 0.53; Brier 0.249 against the win rate's 0.250).")] // better only by chance: margin 0.065
    public void Verdict_WhenTheScoreDoesNotBeatTheWinRate_Should_SayNotEnoughSignalYetWithTheWinRate(double auc, double brier, string figures)
    {
        // 150 won, 150 lost: the margin (about 0.065) is small, so the test is large enough: no "too small".
        var outcome = Outcome(won: 150, lost: 150, auc: auc, brier: brier, baseBrier: 0.25);

        Assert.That(EvaluationReport.Verdict(outcome), Is.EqualTo(
            "In short: not enough signal yet: on this data the deal score does no better than the team's win rate (40 % won before the cutoff) " + figures));
    }

    [Test]
    public void Verdict_WhenNoSignalOnATinyTest_Should_SaySoWithSingularAndPlural()
    {
        // 1 won, 10 lost: AUC 0.45 (margin 0.60).
        var verdict = EvaluationReport.Verdict(Outcome(won: 1, lost: 10, auc: 0.45, brier: 0.3, baseBrier: 0.25));

        Assert.That(verdict, Does.StartWith("In short: not enough signal yet"));
        Assert.That(verdict, Does.EndWith(" With 1 won deal and 10 lost deals after the cutoff, the test is also too small to tell."));
    }

    [Test]
    public void Lines_Should_EndWithTheCommandThatReproducesTheReportQuotedForTheShell()
    {
        // Arrange
        var outcome = Outcome(won: 50, lost: 50, auc: 0.75, brier: 0.2, baseBrier: 0.25);
        var command = new[] { "crmspm", "evaluate", "my export/opportunities.csv", "--map", "opportunities.pipelineAmount=Deal Size", "--cutoff", "2026-07-01" };

        // Act
        var lines = EvaluationReport.Lines(outcome, "opportunities.csv", command);

        // Assert: the footer, each line within 80 columns, continued with a backslash.
        Assert.That(lines.Max(l => l.Length), Is.LessThanOrEqualTo(80));
        var footer = string.Join("\n", lines.SkipWhile(l => !l.StartsWith("To reproduce", StringComparison.Ordinal)));
        Assert.That(footer, Is.EqualTo(
            "To reproduce this report (cutoff 2026-07-01):\n" +
            "crmspm evaluate 'my export/opportunities.csv' --map \\\n" +
            "  'opportunities.pipelineAmount=Deal Size' --cutoff 2026-07-01"));
        Assert.That(Regex.Replace(string.Join(" ", lines), @"\s+", " "), Does.Contain("the models learned from the 100 deals closed by then (40 % won)"));
    }

    [TestCase("plain-word_1.csv", "plain-word_1.csv")]
    [TestCase("two words", "'two words'")]
    [TestCase("it's", "'it'\\''s'")]
    [TestCase("$HOME", "'$HOME'")]
    [TestCase("\u001b[31mred", "red")]
    public void Quote_Should_GiveTheShellTheWordBack(string word, string expected)
    {
        Assert.That(ShellCommand.Quote(word), Is.EqualTo(expected));
    }

    /// <summary>
    /// A test set of <paramref name="won"/> won and <paramref name="lost"/> lost deals; 100 training deals, 40 won;
    /// our model and the base rate with the AUC and Brier given (the verdict reads only those).
    /// </summary>
    private static EvaluationOutcome Outcome(int won, int lost, double auc, double brier, double baseBrier)
    {
        var outcomes = Enumerable.Repeat(true, won).Concat(Enumerable.Repeat(false, lost)).ToList();
        var forecasts = outcomes.Select(_ => 0.4).ToList();
        var models = new List<ModelForecasts>
        {
            new(CutOffEvaluation.Ours, forecasts, auc, brier),
            new(CutOffEvaluation.NaiveBayes, forecasts, 0.5, baseBrier),
            new(CutOffEvaluation.Logistic, forecasts, 0.5, baseBrier),
            new(CutOffEvaluation.BaseRateName(0.4), forecasts, 0.5, baseBrier),
        };
        return new EvaluationOutcome(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), 100, 40, outcomes, models, Array.Empty<CurvePoint>());
    }
}
