using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Simulation;

public class SalesOrgGeneratorTests : CoreTestBase
{
    private static OrgSnapshot Generate(int seed, int reps = 8) =>
        new SalesOrgGenerator(new GeneratorOptions { Seed = seed, Reps = reps, OpportunitiesPerRep = 30, Now = Now }).Generate();

    private static string Fingerprint(OrgSnapshot org) => string.Join("|", org.Opportunities.Select(o => o.Id + o.Status + o.Amount + o.Stage + o.CreatedOn.Ticks))
        + org.Activities.Count;

    [Test]
    public void Generate_SameSeed_Should_GiveTheSameOrg()
    {
        Assert.That(Fingerprint(Generate(5)), Is.EqualTo(Fingerprint(Generate(5))));
        Assert.That(Fingerprint(Generate(5)), Is.Not.EqualTo(Fingerprint(Generate(6))));
    }

    [Test]
    public void Generate_Should_ProduceARealisticMix()
    {
        // Act
        var org = Generate(11, reps: 12);

        // Assert
        Assert.That(org.Reps, Has.Count.EqualTo(12));
        Assert.That(org.Opportunities, Has.Count.EqualTo(360));
        Assert.That(org.Opportunities.Select(o => o.Status).Distinct(), Is.EquivalentTo(new[] { OpportunityStatus.Open, OpportunityStatus.Won, OpportunityStatus.Lost }));
        Assert.That(org.Opportunities.Any(o => o.CloseDateChanges.Any(c => c.IsPush)), Is.True);
        Assert.That(org.Activities.All(a => a.TouchedOn <= Now), Is.True, "nothing happens after now");
        Assert.That(org.Reps.All(r => r.Quotas.Any(q => q.Period == "2026-11")), Is.True);
    }

    [Test]
    public void Score_GeneratedOrg_Should_FindTiersPracticesQueueAndTips()
    {
        // Act
        var result = new ScoringEngine(Profile(), new FixedClock(Now)).Score(Generate(42, reps: 12));

        // Assert
        Assert.That(result.Scorecards.Select(c => c.Tier.Tier), Does.Contain(Tier.A).And.Contain(Tier.B).And.Contain(Tier.C));
        Assert.That(result.Practices, Is.Not.Empty);
        Assert.That(result.Queue, Is.Not.Empty);
        Assert.That(result.Tips, Is.Not.Empty);
        Assert.That(result.DealScores, Is.Not.Empty);
        Assert.That(result.DataIssues, Is.Empty, "the generator produces clean data");
    }

    [Test]
    public void Generate_ClosedDeals_Should_WinMoreOftenWhenTheCloseDateWasNeverPushed()
    {
        // Arrange: in real orgs slippage goes with losing; the deal model learns from this correlation.
        var closed = Generate(11, reps: 12).Opportunities.Where(o => !o.IsOpen).ToList();

        // Act
        var neverPushed = closed.Where(o => !o.CloseDateChanges.Any(c => c.IsPush)).ToList();
        var pushed = closed.Where(o => o.CloseDateChanges.Any(c => c.IsPush)).ToList();

        // Assert: the generator pushes at 5–20 % of the stages a deal gets through but 55–75 % at the stage where it
        // is lost, so pushed deals win clearly less often (about 17 % against about 55 %; 10 points is the floor).
        Assert.That(neverPushed, Is.Not.Empty);
        Assert.That(pushed, Is.Not.Empty);
        Assert.That(WinRate(neverPushed), Is.GreaterThan(WinRate(pushed) + 0.10));
    }

    [Test]
    public void Generate_OpenDeals_Should_ExpectPartOfThePipelineToCloseThisMonth()
    {
        // Arrange
        var org = Generate(11, reps: 12);
        var nextMonth = new DateTime(2026, 12, 1);

        // Act
        var open = org.Opportunities.Where(o => o.IsOpen).ToList();
        var thisMonth = open.Count(o => o.EstimatedCloseDate < nextMonth);

        // Assert: Close-stage deals (remaining days × optimism mostly under the 15 days left) and stale dates fall in
        // November; deals at Qualify (about 70 days to go) do not. A tenth to two thirds is a live mid-month pipeline.
        Assert.That(open, Is.Not.Empty);
        Assert.That((double)thisMonth / open.Count, Is.InRange(0.1, 0.67));
        Assert.That(open.All(o => o.CloseDateChanges.All(c => c.OldDate >= o.CreatedOn.Date)), Is.True, "no estimate precedes the deal");
    }

    [Test]
    public void Generate_Should_OpenTheHistoryWindowWithAPipeline()
    {
        // Arrange
        var org = Generate(11, reps: 12);
        var windowOpens = Now.AddDays(-420);

        // Act
        var pipeline = org.Opportunities.Where(o => o.CreatedOn < windowOpens).ToList();
        var firstClosed = org.Opportunities.Where(o => !o.IsOpen).OrderBy(o => o.ActualCloseDate).Take(20).ToList();

        // Assert: 12 % of 360 deals ≈ 43 were created before the window (binomial, ± 3 SD ≈ 19); each was still open
        // when it opened, in every stage; so the first deals to close include wins, as in a real org's history.
        Assert.That(pipeline.Count, Is.InRange(24, 62));
        Assert.That(pipeline.Where(o => o.ActualCloseDate < windowOpens), Is.Empty, "deals closed before the window are not in it");
        Assert.That(pipeline.Select(o => o.StageHistory.Count(s => s.EnteredOn <= windowOpens)).Distinct().Count(), Is.EqualTo(4), "every stage");
        Assert.That(firstClosed.Count(o => o.Status == OpportunityStatus.Won), Is.GreaterThan(0));
    }

    [Test]
    public void Generate_LostDeals_Should_LingerUntouchedBeforeBeingClosed()
    {
        // Arrange
        var org = Generate(11, reps: 12);
        var lastTouch = org.Activities.Where(a => a.Status == ActivityStatus.Completed).GroupBy(a => a.RegardingOpportunityId!)
            .ToDictionary(g => g.Key, g => g.Max(a => a.CompletedOn!.Value));

        // Act
        double MeanQuietDays(OpportunityStatus status) => org.Opportunities.Where(o => o.Status == status && lastTouch.ContainsKey(o.Id))
            .Average(o => (o.ActualCloseDate!.Value - lastTouch[o.Id]).TotalDays);

        // Assert: a dying deal is not touched after it stalls and is closed lost 10 (A), 20 (B) or 35 (C) days later
        // on average; a won deal closes about half a touch cadence (4 to 14 days) after its last touch.
        Assert.That(MeanQuietDays(OpportunityStatus.Lost), Is.GreaterThan(MeanQuietDays(OpportunityStatus.Won) + 10));
    }

    [Test]
    public void Generate_Quotas_Should_FollowTheDealFlowOfAMiddleRep()
    {
        // Arrange: 42 deals per rep over 420 days = 3 new deals a month.
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 3, Reps = 1, OpportunitiesPerRep = 42, HistoryDays = 420, Now = Now }).Generate();
        var rep = org.Reps.Single();

        // Act
        var quota = rep.Quotas.First(q => q.Period == "2026-11").Amount;

        // Assert: 3 deals × 18,900 mean amount × 0.3 B win rate = 17,010 a month for a territory of 100, scaled by
        // the rep's territory and rounded to thousands (territory 100 would give 17,000).
        Assert.That(quota, Is.EqualTo(Math.Round(17.010m * (decimal)rep.TerritorySize / 100) * 1000));
    }

    private static double WinRate(IReadOnlyCollection<Opportunity> deals) =>
        (double)deals.Count(o => o.Status == OpportunityStatus.Won) / deals.Count;
}
