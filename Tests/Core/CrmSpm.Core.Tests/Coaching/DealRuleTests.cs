using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Rules;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Tests.Coaching;

public class DealRuleTests : CoreTestBase
{
    private static RuleSettings Settings(string ruleId) => Profile().EnabledRule(ruleId)!;

    private static DealRuleContext Context(Opportunity deal, TeamBenchmarks? benchmarks = null, params Activity[] touches) =>
        new DealRuleContext(Facts(deal, touches), Rep(deal.OwnerId), benchmarks, Now);

    private static TeamBenchmarks Benchmark(string key, double a) =>
        new TeamBenchmarks { Behaviours = new List<Practice> { new Practice { BehaviourKey = key, ABenchmark = a } } };

    [Test]
    public void StaleDeal_UntouchedFor16Days_Should_FireAndClearOnceTouched()
    {
        // Arrange
        var deal = OpenDeal("d1", createdDaysAgo: 30);
        var rule = new StaleDealRule();

        // Act
        var tip = rule.Evaluate(Context(deal, Benchmark(BehaviourKeys.TouchCadence("Develop"), 4), Touch("t", "d1", 16)), Settings(RuleIds.StaleDeal));
        var cleared = rule.IsCleared(Context(deal, null, Touch("t", "d1", 16), Touch("t2", "d1", 0)), Settings(RuleIds.StaleDeal));

        // Assert
        Assert.That(tip!.Key, Is.EqualTo("stale-deal|opportunity|d1"));
        Assert.That(tip.Message, Is.EqualTo("Contact the customer and log it, or close the deal if it is no longer alive.\nDays since the last touch — You: 16 days · Top performers: 4 days"));
        Assert.That(tip.Evidence[EvidenceKeys.Observed], Is.EqualTo("16 days"));
        Assert.That(tip.Evidence[EvidenceKeys.Benchmark], Is.EqualTo("4 days"));
        Assert.That(tip.Severity, Is.EqualTo(Severity.Medium));
        Assert.That(tip.DueOn, Is.EqualTo(Now.Date.AddDays(3)));
        Assert.That(tip.AssigneeId, Is.EqualTo("r1"));
        Assert.That(cleared, Is.True);
    }

    [Test]
    public void PastDueCloseDate_ThreeDaysLate_Should_FireUnlessWithinGrace()
    {
        // Arrange
        var deal = OpenDeal("d1", closeInDays: -3);
        var lenient = Settings(RuleIds.PastDueCloseDate);
        lenient.Parameters[RuleParameterNames.GraceDays] = 5;

        // Act
        var tip = new PastDueCloseDateRule().Evaluate(Context(deal), Settings(RuleIds.PastDueCloseDate));
        var withGrace = new PastDueCloseDateRule().Evaluate(Context(deal), lenient);

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Set a realistic close date with the customer, or close the deal as won or lost.\nDays past the estimated close date 2026-11-12 — You: 3 days"));
        Assert.That(tip.Severity, Is.EqualTo(Severity.High));
        Assert.That(withGrace, Is.Null);
    }

    [Test]
    public void MissingNextStep_AtDevelopButNotAtQualify_Should_Fire()
    {
        // Act
        var atDevelop = new MissingNextStepRule().Evaluate(Context(OpenDeal("d1", stage: "Develop", nextStep: " ")), Settings(RuleIds.MissingNextStep));
        var atQualify = new MissingNextStepRule().Evaluate(Context(OpenDeal("d2", stage: "Qualify", nextStep: null)), Settings(RuleIds.MissingNextStep));

        // Assert
        Assert.That(atDevelop, Is.Not.Null);
        Assert.That(atQualify, Is.Null, "Qualify is stage order 1, below fromStageOrder 2");
    }

    [Test]
    public void SingleThreaded_OneContactAtPropose_Should_FireAndTwoShouldNot()
    {
        // Act
        var one = new SingleThreadedLateStageRule().Evaluate(Context(OpenDeal("d1", stage: "Propose", contacts: 1), Benchmark(BehaviourKeys.ContactsPerDeal, 3.2)), Settings(RuleIds.SingleThreadedLateStage));
        var two = new SingleThreadedLateStageRule().Evaluate(Context(OpenDeal("d2", stage: "Propose", contacts: 2)), Settings(RuleIds.SingleThreadedLateStage));
        var early = new SingleThreadedLateStageRule().Evaluate(Context(OpenDeal("d3", stage: "Develop", contacts: 0)), Settings(RuleIds.SingleThreadedLateStage));

        // Assert
        Assert.That(one!.Message, Is.EqualTo("Meet the economic buyer and another stakeholder before the decision.\nContacts engaged at Propose — You: 1 · Top performers: 3.2"));
        Assert.That(two, Is.Null);
        Assert.That(early, Is.Null, "Develop is not a late stage");
    }

    [Test]
    public void SingleThreaded_BenchmarkNoBetterThanTheDeal_Should_CiteTheMinimumInstead()
    {
        // Arrange: 1 contact engaged, top performers engage 1 too: "top performers engage 1" would make no point
        // (and would sit beside a score reason saying 1 contact wins less often), so the bar of 2 is cited.
        var deal = OpenDeal("d1", stage: "Propose", contacts: 1);

        // Act
        var tip = new SingleThreadedLateStageRule().Evaluate(Context(deal, Benchmark(BehaviourKeys.ContactsPerDeal, 1)), Settings(RuleIds.SingleThreadedLateStage));

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Meet the economic buyer and another stakeholder before the decision.\nContacts engaged at Propose — You: 1 · Minimum: 2"));
        Assert.That(tip.Benchmark, Is.Null);
        Assert.That(tip.Evidence.ContainsKey(EvidenceKeys.Benchmark), Is.False);
        Assert.That(tip.Signal!.Benchmark, Is.Null);
    }

    [Test]
    public void AnyDealTip_Should_LeadWithTheActionAndNeverRepeatTheDealName()
    {
        // Arrange: a deal every rule fires on (stale, past due, no next step, one contact at Propose, stuck).
        var deal = OpenDeal("d1", stage: "Propose", createdDaysAgo: 60, closeInDays: -5, nextStep: null, contacts: 1);
        deal.Name = "Acme renewal";

        // Act
        var tips = new DealCoach(Profile()).Evaluate(Context(deal)).Tips;

        // Assert
        Assert.That(tips, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var tip in tips)
        {
            Assert.That(tip.Title, Does.Not.Contain("Acme"), tip.RuleId);
            Assert.That(tip.Message, Does.StartWith(tip.RecommendedAction + "\n"), tip.RuleId);
            Assert.That(tip.Message, Does.Contain(" — You: "), tip.RuleId);
            Assert.That(tip.Stake, Is.EqualTo(10000), tip.RuleId);
        }
    }

    [Test]
    public void SlippingDeal_TwoPushes_Should_Fire()
    {
        // Arrange: two later dates and one earlier date (a pull-in does not count).
        var deal = OpenDeal("d1");
        deal.CloseDateChanges = new List<CloseDateChange>
        {
            new CloseDateChange { OldDate = DaysAgo(50), NewDate = DaysAgo(30), ChangedOn = DaysAgo(51) },
            new CloseDateChange { OldDate = DaysAgo(30), NewDate = DaysAgo(35), ChangedOn = DaysAgo(31) },
            new CloseDateChange { OldDate = DaysAgo(35), NewDate = Now.AddDays(30), ChangedOn = DaysAgo(36) },
        };

        // Act
        var tip = new SlippingDealRule().Evaluate(Context(deal), Settings(RuleIds.SlippingDeal));

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Re-qualify the deal: confirm the decision date, the decision process and who signs.\nClose date pushed — You: 2 times · Re-qualify at: 2 times"));
    }

    [Test]
    public void StuckInStage_40DaysAgainstATier12_Should_Fire()
    {
        // Arrange: 40 > 1.5 × 12; 15 days is not.
        var stuck = OpenDeal("d1", stage: "Propose", createdDaysAgo: 40);
        var moving = OpenDeal("d2", stage: "Propose", createdDaysAgo: 15);
        var benchmarks = Benchmark(BehaviourKeys.DaysInStage("Propose"), 12);

        // Act
        var tip = new StuckInStageRule().Evaluate(Context(stuck, benchmarks), Settings(RuleIds.StuckInStage));
        var none = new StuckInStageRule().Evaluate(Context(moving, benchmarks), Settings(RuleIds.StuckInStage));

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Find what blocks the next stage and agree the step that unblocks it.\nDays in Propose — You: 40 days · Top performers: 12 days"));
        Assert.That(none, Is.Null);
    }

    [Test]
    public void StuckInStage_WithoutBenchmark_Should_UseTheStageExpectation()
    {
        // Arrange: Propose expects 21 days; 1.5 × 21 = 31.5 < 35.
        var deal = OpenDeal("d1", stage: "Propose", createdDaysAgo: 35);

        // Act
        var tip = new StuckInStageRule().Evaluate(Context(deal), Settings(RuleIds.StuckInStage));

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Find what blocks the next stage and agree the step that unblocks it.\nDays in Propose — You: 35 days · Expected: 21 days"));
    }

    [Test]
    public void LowActivity_16DaysWithoutTouchAtPropose_Should_CiteTheATierCadence()
    {
        // Arrange: the example; 16 days per touch > 2 × 4.
        var deal = OpenDeal("d1", stage: "Propose", createdDaysAgo: 16);

        // Act
        var tip = new LowActivityRule().Evaluate(Context(deal, Benchmark(BehaviourKeys.TouchCadence("Propose"), 4)), Settings(RuleIds.LowActivity));
        var noBenchmark = new LowActivityRule().Evaluate(Context(deal), Settings(RuleIds.LowActivity));

        // Assert
        Assert.That(tip!.Message, Is.EqualTo("Plan the next two touches on this deal now: a call and a meeting with a new stakeholder.\nDays between touches at Propose — You: 16 days · Top performers: 4 days"));
        Assert.That(tip.Severity, Is.EqualTo(Severity.Low));
        Assert.That(noBenchmark, Is.Null, "without an A tier the rule has nothing to compare with");
    }

    [Test]
    public void AnyRule_OnAClosedDeal_Should_BeCleared()
    {
        // Arrange: lost, stale, past due, no next step.
        var deal = ClosedDeal("d1", OpportunityStatus.Lost, closedDaysAgo: 60);

        // Act / Assert
        foreach (var rule in CoachingRuleCatalogue.DealRules)
        {
            Assert.That(rule.IsCleared(Context(deal), Settings(rule.Id)), Is.True, rule.Id);
        }
    }

    [Test]
    public void DealCoach_DisabledRule_Should_ReportItsKeyAsCleared()
    {
        // Arrange
        var profile = Profile();
        profile.Rules.Single(r => r.Id == RuleIds.StaleDeal).Enabled = false;
        var deal = OpenDeal("d1", createdDaysAgo: 60, closeInDays: -1);

        // Act
        var result = new DealCoach(profile).Evaluate(Context(deal));

        // Assert
        Assert.That(result.Tips.Select(t => t.RuleId), Does.Contain(RuleIds.PastDueCloseDate));
        Assert.That(result.Tips.Select(t => t.RuleId), Does.Not.Contain(RuleIds.StaleDeal));
        Assert.That(result.ClearedKeys, Does.Contain("stale-deal|opportunity|d1"));
        Assert.That(result.ClearedKeys, Does.Not.Contain("past-due-close-date|opportunity|d1"));
    }

    [Test]
    public void Tip_TrainingLinkFromProfile_Should_BeCopied()
    {
        // Arrange
        var settings = Settings(RuleIds.PastDueCloseDate);
        settings.TrainingLink = "https://learn.example.com/close-dates";

        // Act
        var tip = new PastDueCloseDateRule().Evaluate(Context(OpenDeal("d1", closeInDays: -1)), settings);

        // Assert
        Assert.That(tip!.TrainingLink, Is.EqualTo("https://learn.example.com/close-dates"));
    }
}
