using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Rules;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Outcomes;

namespace CrmSpm.Core.Tests.Coaching;

public class RepRuleTests : CoreTestBase
{
    private static RepScorecard Card(double adoptionFreshness, double? attainment = null, double? previous = null) => new RepScorecard
    {
        RepId = "r1",
        Period = "2026-11",
        Adoption = ExplainedScore.FromComponents(new[]
        {
            new ScoreComponent("freshness", "Freshness", adoptionFreshness, 1, "3 of 10 open deals touched within 14 days"),
        }),
        PreviousAdoption = previous,
        Outcomes = new RepOutcomes { Attainment = attainment },
    };

    [Test]
    public void LowAdoption_Below60_Should_GiveTheManagerATaskKeyedByPeriod()
    {
        // Arrange: adoption = 100 × 0.3 = 30.
        var context = new RepRuleContext(Rep("r1", manager: "boss"), Card(0.3), null, Now);
        var settings = Profile().EnabledRule(RuleIds.LowAdoption)!;

        // Act
        var tip = new LowAdoptionRule().Evaluate(context, settings);

        // Assert
        Assert.That(tip!.Key, Is.EqualTo("low-adoption|rep|r1|2026-11"));
        Assert.That(tip.AssigneeId, Is.EqualTo("boss"));
        Assert.That(tip.RepId, Is.EqualTo("r1"));
        Assert.That(tip.Message, Is.EqualTo("Review freshness (3 of 10 open deals touched within 14 days) with Rep r1 in your next one-to-one and agree one habit to change.\nCRM adoption — Rep r1: 30/100 · Bar: 60/100"));
        Assert.That(new LowAdoptionRule().IsCleared(new RepRuleContext(Rep("r1"), Card(0.8), null, Now), settings), Is.True);
    }

    [Test]
    public void LowAdoption_WithoutManager_Should_AssignTheRep()
    {
        // Act
        var tip = new LowAdoptionRule().Evaluate(new RepRuleContext(Rep("r1", manager: null), Card(0.1), null, Now), Profile().EnabledRule(RuleIds.LowAdoption)!);

        // Assert
        Assert.That(tip!.AssigneeId, Is.EqualTo("r1"));
        Assert.That(tip.Title, Is.EqualTo("Low CRM adoption"), "the tip sits on the rep's scorecard: no name in the title");
        Assert.That(tip.Message, Does.EndWith("CRM adoption — You: 10/100 · Bar: 60/100"), "the rep reads it, so it says You");
    }

    [Test]
    public void Recognition_MilestoneOrImprovement_Should_Fire()
    {
        // Arrange
        var settings = Profile().EnabledRule(RuleIds.Recognition)!;
        var rule = new RecognitionRule();

        // Act
        var milestone = rule.Evaluate(new RepRuleContext(Rep("r1"), Card(0.5, attainment: 1.1), null, Now), settings);
        var improved = rule.Evaluate(new RepRuleContext(Rep("r1"), Card(0.62, previous: 50), null, Now), settings);
        var neither = rule.Evaluate(new RepRuleContext(Rep("r1"), Card(0.55, attainment: 0.5, previous: 50), null, Now), settings);

        // Assert
        Assert.That(milestone!.Message, Is.EqualTo("Share what worked on the deals you won this period with the team.\nQuota attained this period — Rep r1: 110 % · Milestone: 100 %"));
        Assert.That(improved!.Message, Is.EqualTo("Keep the habit going: it makes your pipeline reviews shorter.\nCRM adoption since last period — Rep r1: +12 points · Recognised from: +10 points"), "62 − 50");
        Assert.That(neither, Is.Null, "+5 points and 50 % attainment are below the bars");
        Assert.That(milestone.Key, Is.EqualTo("recognition|rep|r1|2026-11"));
    }
}
