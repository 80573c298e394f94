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
