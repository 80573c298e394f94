using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Cli.Tests.Dataverse;

/// <summary>
/// The two demo paths on one generated org: Core alone (`demo --core-only`) and the plugins in the embedded org
/// (`demo`, replay plus the nightly recompute team by team). Tiers and the coaching queue are decided across the whole
/// org (docs/scoring.md §3, §8), so both must give every rep the same tier and the queue the same ranks, gains and words.
/// </summary>
public class SamePathsTests : CliTestBase
{
    [Test]
    public void CoreOnlyAndPlugins_SameOrgOfTwoTeams_Should_GiveTheSameTiersAndQueue()
    {
        // Arrange: 8 reps in two teams, each with the generator's territory size (systemuser.crmspm_territorysize in
        // the org); everything else (deals, activities, quotas, hire dates) goes through the rows too.
        var snapshot = new SalesOrgGenerator(new GeneratorOptions { Seed = 7, Reps = 8, OpportunitiesPerRep = 30, Now = Now }).Generate();
        Assert.That(snapshot.Reps.Select(r => r.TeamId).Distinct().Count(), Is.GreaterThan(1), "the org must span teams for the test to mean anything");
        Assert.That(snapshot.Reps.All(r => r.TerritorySize > 0) && snapshot.Reps.Select(r => r.TerritorySize).Distinct().Count() > 2, "territories of several sizes");

        // Act
        var core = new ScoringEngine(ScoringProfile.Default, new FixedClock(Now)).Score(snapshot);
        var events = HistoryTimeline.Build(snapshot);
        var org = new DemoOrgBuilder(ScoringProfile.Default).Build(snapshot, events[0].When);
        new MonthByMonthReplay(org).Run(events, Now);
        var readBack = new OrgResultsReader(org).Read();

        // Assert: tiers by rep, with the same explanation; the queue in the same order with the same sentences.
        var coreTiers = core.Scorecards.ToDictionary(c => c.RepName, c => (TierLetter.Of(c.Tier.Tier) ?? "–", c.Tier.Explanation));
        var orgTiers = readBack.Scorecards.ToDictionary(c => c.Rep, c => (c.Tier, c.TierReason));
        Assert.That(orgTiers, Is.EquivalentTo(coreTiers));
        Assert.That(coreTiers.Values.Select(t => t.Item1).Distinct().Count(), Is.GreaterThanOrEqualTo(2), "more than one tier, or the comparison is empty");
        Assert.That(coreTiers.Values.Count(t => t.Explanation.Contains("territory", StringComparison.OrdinalIgnoreCase)), Is.GreaterThan(0),
            "some tier is normalised for its territory, so the sizes reached the plugin path");
        Assert.That(core.Queue, Is.Not.Empty, "a queue to compare");
        Assert.That(readBack.Queue.Select(q => (q.Rank, q.Rep, q.Gain, q.Coach)),
            Is.EqualTo(core.Queue.Select(q => (q.Rank, q.RepName, q.GainText, q.CoachText))));
    }
}
