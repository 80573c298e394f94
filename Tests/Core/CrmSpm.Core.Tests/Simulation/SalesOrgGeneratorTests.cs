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
}
