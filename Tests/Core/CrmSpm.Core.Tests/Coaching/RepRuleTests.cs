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
        Assert.That(tip.Message, Is.EqualTo("Rep r1's CRM adoption is 30/100 (bar: 60). Weakest area: freshness (3 of 10 open deals touched within 14 days)."));
        Assert.That(new LowAdoptionRule().IsCleared(new RepRuleContext(Rep("r1"), Card(0.8), null, Now), settings), Is.True);
    }

    [Test]
    public void LowAdoption_WithoutManager_Should_AssignTheRep()
    {
        // Act
        var tip = new LowAdoptionRule().Evaluate(new RepRuleContext(Rep("r1", manager: null), Card(0.1), null, Now), Profile().EnabledRule(RuleIds.LowAdoption)!);

        // Assert
        Assert.That(tip!.AssigneeId, Is.EqualTo("r1"));
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
        Assert.That(milestone!.Message, Is.EqualTo("Rep r1 reached 110 % of this period's quota."));
        Assert.That(improved!.Message, Is.EqualTo("Rep r1's CRM adoption rose 12 points since last period."), "62 − 50");
        Assert.That(neither, Is.Null, "+5 points and 50 % attainment are below the bars");
        Assert.That(milestone.Key, Is.EqualTo("recognition|rep|r1|2026-11"));
    }
}
