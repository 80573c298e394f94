using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Rules;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Plugins.Coaching;

namespace CrmSpm.Plugins.Tests.Unit;

public sealed class RecognitionLedgerTests : PluginTestBase
{
    [Test]
    public void KindOf_CoresRecognitionRule_Should_TellMilestoneFromPersonalBest()
    {
        // Arrange: the default profile's milestone is 100 % of quota; improvement is adoption up by its points.
        var milestone = Recognition(attainment: 1.25, trend: null);
        var improved = Recognition(attainment: 0.5, trend: 30);

        // Act
        var kinds = new[] { RecognitionLedger.KindOf(milestone), RecognitionLedger.KindOf(improved) };

        // Assert
        Assert.That(kinds, Is.EqualTo(new[] { "milestone", "personal-best" }));
    }

    [Test]
    public void Claim_SameRepPeriodAndKindTwice_Should_ClaimOnlyTheFirst()
    {
        // Arrange
        var tip = Recognition(attainment: 1.25, trend: null);

        // Act
        var first = RecognitionLedger.Claim(null, tip);
        var second = RecognitionLedger.Claim(first, tip);

        // Assert
        Assert.That(first, Is.EqualTo("[\"recognition|milestone|rep|" + RepId + "|2026-11\"]"));
        Assert.That(second, Is.Null);
    }

    [Test]
    public void Claim_AnotherKindOrPeriod_Should_AddItsOwnKey()
    {
        // Arrange: the milestone already posted in November.
        var ledger = RecognitionLedger.Claim(null, Recognition(attainment: 1.25, trend: null));
        var personalBest = Recognition(attainment: 0.5, trend: 30);

        // Act
        var withBoth = RecognitionLedger.Claim(ledger, personalBest);

        // Assert
        Assert.That(withBoth, Is.EqualTo("[\"recognition|milestone|rep|" + RepId + "|2026-11\",\"recognition|personal-best|rep|" + RepId + "|2026-11\"]"));
    }

    [Test]
    public void Claim_UnreadableLedger_Should_StartItAgainWithThisClaim()
    {
        // Act
        var ledger = RecognitionLedger.Claim("<not json>", Recognition(attainment: 1.25, trend: null));

        // Assert
        Assert.That(ledger, Is.EqualTo("[\"recognition|milestone|rep|" + RepId + "|2026-11\"]"));
    }

    [Test]
    public void PostText_Should_NameTheScorecardsPeriodAndNotTheRep()
    {
        // Arrange: Riley reached 125 % of quota in November 2026.
        var tip = Recognition(attainment: 1.25, trend: null);

        // Act
        var text = RecognitionPost.TextOf(tip);

        // Assert
        Assert.That(text, Is.EqualTo(
            "Milestone reached in November 2026: Share what worked on the deals you won this period with the team.\nQuota attained this period: 125 % · Milestone: 100 %"));
        Assert.That(text, Does.Not.Contain("Riley"));
    }

    [Test]
    public void PostText_PersonalBest_Should_KeepTheEvidenceWithoutTheRepsName()
    {
        // Arrange: adoption up 30 points (the default bar is 10).
        var tip = Recognition(attainment: 0.5, trend: 30);

        // Act
        var text = RecognitionPost.TextOf(tip);

        // Assert
        Assert.That(text, Does.StartWith("Personal best in November 2026: "));
        Assert.That(text, Does.Contain("\nCRM adoption since last period: +30 points"));
        Assert.That(text, Does.Not.Contain("Riley"));
    }

    private static CoachingTip Recognition(double attainment, double? trend)
    {
        var rep = new Rep { Id = RepId.ToString(), Name = "Riley Rep" };
        var card = new RepScorecard
        {
            RepId = rep.Id,
            RepName = rep.Name,
            Period = "2026-11",
            // Adoption 80 (one component at 0.8), previous adoption 80 − trend.
            Adoption = ExplainedScore.FromComponents(new[] { new ScoreComponent("freshness", "Freshness", 0.8, 1, "") }),
            PreviousAdoption = trend.HasValue ? 80 - trend.Value : (double?)null,
            Outcomes = new RepOutcomes { RepId = rep.Id, Period = "2026-11", WonCount = 1, Attainment = attainment },
        };
        var settings = ScoringProfile.Default.EnabledRule(RuleIds.Recognition)!;
        return new RecognitionRule().Evaluate(new RepRuleContext(rep, card, null, Now), settings)!;
    }
}
