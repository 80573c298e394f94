using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Outcomes;

namespace CrmSpm.Core.Tests.Scoring;

public class OutcomeCalculatorTests : CoreTestBase
{
    private static RepOutcomes Compute(Rep rep, params Opportunity[] deals) =>
        new OutcomeCalculator(Profile()).Compute(rep, deals.Select(d => Facts(d)).ToList(), Now);

    [Test]
    public void Compute_MixedDeals_Should_MatchTheHandComputedFormulas()
    {
        // Arrange: quota 20,000 for 2026-11.
        var rep = Rep("r1");
        rep.Quotas.Add(new PeriodQuota { Period = "2026-11", Amount = 20000 });
        var w1 = ClosedDeal("w1", OpportunityStatus.Won, closedDaysAgo: 10, cycleDays: 40, amount: 12000); // 2026-11-05
        w1.CloseDateChanges.Add(new CloseDateChange { OldDate = DaysAgo(30), NewDate = DaysAgo(20), ChangedOn = DaysAgo(40) });
        var w2 = ClosedDeal("w2", OpportunityStatus.Won, closedDaysAgo: 100, cycleDays: 20, amount: 8000);
        var l1 = ClosedDeal("l1", OpportunityStatus.Lost, closedDaysAgo: 50);
        var l2 = ClosedDeal("l2", OpportunityStatus.Lost, closedDaysAgo: 400); // outside the 365-day window
        var o1 = OpenDeal("o1", amount: 30000, closeInDays: 10);              // closes in this period
        o1.CloseDateChanges.Add(new CloseDateChange { OldDate = DaysAgo(20), NewDate = DaysAgo(5), ChangedOn = DaysAgo(21) });
        o1.CloseDateChanges.Add(new CloseDateChange { OldDate = DaysAgo(5), NewDate = Now.AddDays(10), ChangedOn = DaysAgo(6) });
        var o2 = OpenDeal("o2", amount: 10000, closeInDays: 60);              // next year

        // Act
        var outcomes = Compute(rep, w1, w2, l1, l2, o1, o2);

        // Assert
        Assert.That(outcomes.WinRate, Is.EqualTo(2.0 / 3).Within(1e-9), "2 won ÷ (2 won + 1 lost)");
        Assert.That(outcomes.AverageWonAmount, Is.EqualTo(10000m), "(12,000 + 8,000) ÷ 2");
        Assert.That(outcomes.CycleDays, Is.EqualTo(30).Within(1e-9), "(40 + 20) ÷ 2");
        Assert.That(outcomes.Velocity, Is.EqualTo(2 * 10000 * (2.0 / 3) / 30).Within(1e-6), "2 open × 10,000 × 2/3 ÷ 30 days");
        Assert.That(outcomes.WonInPeriod, Is.EqualTo(12000m));
        Assert.That(outcomes.RemainingQuota, Is.EqualTo(8000m));
        Assert.That(outcomes.Attainment, Is.EqualTo(0.6).Within(1e-9), "12,000 ÷ 20,000");
        Assert.That(outcomes.PeriodPipeline, Is.EqualTo(30000m));
        Assert.That(outcomes.Coverage, Is.EqualTo(3.75).Within(1e-9), "30,000 ÷ 8,000");
        Assert.That(outcomes.NeededCoverage, Is.EqualTo(1.5).Within(1e-9), "1 ÷ (2/3), not a fixed 3×");
        Assert.That(outcomes.SlippagePerDeal, Is.EqualTo(0.6).Within(1e-9), "3 pushes over 2 open + 3 closed-in-window deals");
        Assert.That(outcomes.WindowAttainment, Is.EqualTo(1.0).Within(1e-9), "20,000 won in window ÷ the one 20,000 quota in it");
    }

    [Test]
    public void Compute_NoClosedDealsAndNoQuota_Should_LeaveRatesNull()
    {
        // Act
        var outcomes = Compute(Rep("r1"), OpenDeal("o1"));

        // Assert
        Assert.That(outcomes.WinRate, Is.Null);
        Assert.That(outcomes.Velocity, Is.Null);
        Assert.That(outcomes.NeededCoverage, Is.Null);
        Assert.That(outcomes.Attainment, Is.Null);
        Assert.That(outcomes.Coverage, Is.Null);
        Assert.That(outcomes.OpenPipeline, Is.EqualTo(10000m));
    }

    [Test]
    public void Calibrate_CommitsAgainstWins_Should_GiveBiasAndMape()
    {
        // Arrange: Sep commit 10,000 vs 8,000 won (+25 %); Oct commit 6,000 vs 8,000 won (−25 %).
        // The November commit is for an unfinished period and August has no wins: both ignored.
        var rep = Rep("r1");
        rep.ForecastCommits.Add(new ForecastCommit { Period = "2026-09", Amount = 10000 });
        rep.ForecastCommits.Add(new ForecastCommit { Period = "2026-10", Amount = 6000 });
        rep.ForecastCommits.Add(new ForecastCommit { Period = "2026-11", Amount = 99000 });
        rep.ForecastCommits.Add(new ForecastCommit { Period = "2026-08", Amount = 5000 });
        var deals = new[]
        {
            Facts(ClosedDeal("sep", OpportunityStatus.Won, closedDaysAgo: 60, amount: 8000)),
            Facts(ClosedDeal("oct", OpportunityStatus.Won, closedDaysAgo: 30, amount: 8000)),
        };

        // Act
        var calibration = ForecastCalibrator.Calibrate(rep, deals, Now)!;

        // Assert: bias = (0.25 − 0.25) ÷ 2 = 0; MAPE = (0.25 + 0.25) ÷ 2 = 0.25.
        Assert.That(calibration.Periods, Is.EqualTo(2));
        Assert.That(calibration.Bias, Is.EqualTo(0).Within(1e-9));
        Assert.That(calibration.MeanAbsolutePercentageError, Is.EqualTo(0.25).Within(1e-9));
    }

    [Test]
    public void Compute_OpenDeals_Should_CountTheHorizonPipelineWithinTheNext91DaysOverdueIncluded()
    {
        // Arrange: 1,000 overdue, 2,000 in 90 days, 4,000 in 92 days (past the horizon), 8,000 without a close date.
        var overdue = OpenDeal("o1", amount: 1000, closeInDays: -5);
        var inside = OpenDeal("o2", amount: 2000, closeInDays: 90);
        var outside = OpenDeal("o3", amount: 4000, closeInDays: 92);
        var undated = OpenDeal("o4", amount: 8000, closeInDays: null);

        // Act
        var outcomes = Compute(Rep("r1"), overdue, inside, outside, undated);

        // Assert
        Assert.That(outcomes.HorizonPipeline, Is.EqualTo(3000m), "1,000 + 2,000");
        Assert.That(outcomes.OpenPipeline, Is.EqualTo(15000m));
    }
}
