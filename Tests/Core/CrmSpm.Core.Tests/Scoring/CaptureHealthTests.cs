using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Adoption;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Tests.Scoring;

/// <summary>What needs a missing input is not computed from zeros, and the admin is told what is missing.</summary>
public class CaptureHealthTests : CoreTestBase
{
    private static ScoringResult Score(OrgSnapshot org) => new ScoringEngine(Profile(), new FixedClock(Now)).Score(org);

    /// <summary>A generated org exported without its activity log, contacts or next steps (as CRM exports often are).</summary>
    private static OrgSnapshot WithoutActivityLog()
    {
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 5, Reps = 10, OpportunitiesPerRep = 30, Now = Now }).Generate();
        foreach (var deal in org.Opportunities)
        {
            deal.ContactsEngaged = 0;
            deal.NextStep = null;
        }

        org.Activities.Clear();
        return org;
    }

    [Test]
    public void NoActivityLog_Should_GiveNoActivityBenchmarksNoActivityTipsAndACaptureHealthIssue()
    {
        // Act
        var result = Score(WithoutActivityLog());

        // Assert: no "top performers touch deals every 89 days", no "0 contacts per deal".
        Assert.That(result.Benchmarks.Behaviours.Select(b => b.BehaviourKey),
            Has.None.StartsWith(BehaviourKeys.TouchCadencePrefix).And.None.EqualTo(BehaviourKeys.ContactsPerDeal).And.None.EqualTo(BehaviourKeys.FirstTouchLatency)
                .And.None.EqualTo(BehaviourKeys.NextStepDiscipline));
        Assert.That(result.Tips.Select(t => t.RuleId), Has.None.EqualTo("stale-deal").And.None.EqualTo("low-activity")
            .And.None.EqualTo("single-threaded-late-stage").And.None.EqualTo("missing-next-step"));
        Assert.That(result.Scorecards.SelectMany(c => c.Adoption.Components).Select(c => c.Key),
            Has.None.EqualTo(AdoptionComponentKeys.Freshness).And.None.EqualTo(AdoptionComponentKeys.ActivityRate));
        var health = result.DataIssues.Where(i => i.Code == DataIssueCodes.CaptureHealth).Select(i => i.Message).ToList();
        Assert.That(health, Has.Some.StartsWith("10 of 10 reps logged no calls or emails in 28 days: is server-side email sync or activity capture on?"));
        Assert.That(health, Has.Some.StartsWith("No deal has a contact engaged"));
        Assert.That(health, Has.Some.StartsWith("No open deal has a next step"));
    }

    [Test]
    public void NoStageHistory_Should_GiveNoDaysInStageBehavioursNoStuckTipsAndACaptureHealthIssue()
    {
        // Arrange: the same org exported without its stage history (only each deal's current stage).
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 5, Reps = 10, OpportunitiesPerRep = 30, Now = Now }).Generate();
        var full = Score(org);
        foreach (var deal in org.Opportunities)
        {
            deal.StageHistory = new List<StageChange>();
        }

        // Act
        var result = Score(org);

        // Assert: with the history, stays are measured and deals get stuck; without it, neither is computed.
        Assert.That(full.Benchmarks.Behaviours.Select(b => b.BehaviourKey), Has.Some.StartsWith(BehaviourKeys.DaysInStagePrefix));
        Assert.That(full.Tips.Select(t => t.RuleId), Has.Some.EqualTo("stuck-in-stage"));
        Assert.That(result.Signals.OrgHasStageHistory, Is.False);
        Assert.That(result.Benchmarks.Behaviours.Select(b => b.BehaviourKey), Has.None.StartsWith(BehaviourKeys.DaysInStagePrefix));
        Assert.That(result.Scorecards.SelectMany(c => c.BehaviourValues.Keys), Has.None.StartsWith(BehaviourKeys.DaysInStagePrefix));
        Assert.That(result.Tips.Select(t => t.RuleId), Has.None.EqualTo("stuck-in-stage"));
        Assert.That(result.DataIssues.Where(i => i.Code == DataIssueCodes.CaptureHealth).Select(i => i.Message),
            Has.Some.StartsWith("No deal has a stage change recorded: is the sales process (stage) being updated on opportunities?"));
        Assert.That(full.DataIssues.Select(i => i.Message), Has.None.StartsWith("No deal has a stage change"));
    }

    [Test]
    public void NoOpenDeals_Should_RaiseNoNextStepIssue()
    {
        // Arrange: two reps whose only deals are closed; nothing is open, so no next step can be missing.
        var org = new OrgSnapshot
        {
            Reps = { Rep("r1"), Rep("r2") },
            Opportunities = { ClosedDeal("c1", OpportunityStatus.Won), ClosedDeal("c2", OpportunityStatus.Lost, owner: "r2") },
        };

        // Act
        var result = Score(org);

        // Assert
        Assert.That(result.Signals.OrgHasOpenDeals, Is.False);
        Assert.That(result.Signals.OrgHasStageHistory, Is.True);
        Assert.That(result.DataIssues.Select(i => i.Message), Has.None.StartsWith("No open deal has a next step"));
        Assert.That(result.Tips.Select(t => t.RuleId), Has.None.EqualTo("missing-next-step"));
    }

    [Test]
    public void FullCapture_Should_RaiseNoActivityOrContactHealthIssue()
    {
        // Arrange
        var org = new SalesOrgGenerator(new GeneratorOptions { Seed = 5, Reps = 10, OpportunitiesPerRep = 30, Now = Now }).Generate();

        // Act
        var result = Score(org);

        // Assert
        var health = result.DataIssues.Where(i => i.Code == DataIssueCodes.CaptureHealth).Select(i => i.Message).ToList();
        Assert.That(health, Has.None.StartsWith("No deal has a contact"));
        Assert.That(result.Benchmarks.Behaviours.Select(b => b.BehaviourKey), Has.Some.StartsWith(BehaviourKeys.TouchCadencePrefix));
        Assert.That(result.Signals.Reps.Count(r => r.HasActivities), Is.EqualTo(10));
    }
}
