using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;

namespace CrmSpm.Core.Tests.Coaching.Policy;

/// <summary>The budget: a cap per deal and per rep per week, highest expected value first, the rest deferred and reported.</summary>
public class TipBudgetTests : TipPolicyTestBase
{
    [Test]
    public void ADealAtItsCap_Should_DeferNewTipsAndTheFreeSlotsGoToTheHighestValue()
    {
        // Arrange: cap 3; two tips already open on d1 stay open; three new ones fire: one slot left.
        var open1 = DealTip(RuleIds.StaleDeal);
        var open2 = DealTip(RuleIds.MissingNextStep);
        var low = DealTip(RuleIds.SlippingDeal, severity: Severity.Low);
        var high = DealTip(RuleIds.PastDueCloseDate, severity: Severity.High);
        var medium = DealTip(RuleIds.StuckInStage, severity: Severity.Medium);

        // Act
        var plan = Plan(new[] { open1, open2, low, high, medium }, new[] { Stored(open1, StoredTipStatus.Open), Stored(open2, StoredTipStatus.Open) },
            new TipBudget(perDeal: 3, perRepPerWeek: 100));

        // Assert
        Assert.That(Kinds(plan), Is.EqualTo("Raise past-due-close-date|opportunity|d1"));
        Assert.That(plan.Deferred.Select(d => d.Key + " " + d.Reason), Is.EqualTo(new[]
        {
            "stuck-in-stage|opportunity|d1 deal cap", "slipping-deal|opportunity|d1 deal cap",
        }));
    }

    [Test]
    public void ATipClosingNow_Should_FreeItsSlotOnTheDeal()
    {
        // Arrange: cap 1; the open tip clears as the new one fires.
        var cleared = Stored(DealTip(RuleIds.StaleDeal), StoredTipStatus.Open);

        // Act
        var plan = Plan(new[] { DealTip(RuleIds.PastDueCloseDate) }, new[] { cleared }, new TipBudget(1, 100));

        // Assert
        Assert.That(Kinds(plan), Is.EqualTo("Close stale-deal|opportunity|d1, Raise past-due-close-date|opportunity|d1"));
    }

    [Test]
    public void ARepShownTheirWeeklyCap_Should_SeeOnlyTheMostValuableNewTips()
    {
        // Arrange: cap 3 a week; 2 tips shown 3 days ago (counted), 1 shown 8 days ago (not counted): one show left.
        var recent1 = Stored(DealTip(RuleIds.StaleDeal, deal: "d1"), StoredTipStatus.Done, shownDaysAgo: 3);
        var recent2 = Stored(DealTip(RuleIds.StaleDeal, deal: "d2"), StoredTipStatus.Open, shownDaysAgo: 3);
        var old = Stored(DealTip(RuleIds.StaleDeal, deal: "d3"), StoredTipStatus.Dismissed, shownDaysAgo: 8, shows: 3);
        var small = DealTip(RuleIds.PastDueCloseDate, deal: "d4", stake: 5000);
        var large = DealTip(RuleIds.PastDueCloseDate, deal: "d5", stake: 80000);
        var otherRep = DealTip(RuleIds.PastDueCloseDate, deal: "d6", rep: "r2");

        // Act
        var plan = Plan(new[] { small, large, otherRep, DealTip(RuleIds.StaleDeal, deal: "d2") }, new[] { recent1, recent2, old }, new TipBudget(10, 3));

        // Assert: values 2 × 80,000 before 2 × 5,000; r2 has shown nothing this week.
        Assert.That(Kinds(plan), Is.EqualTo("Raise past-due-close-date|opportunity|d5, Raise past-due-close-date|opportunity|d6"));
        Assert.That(plan.Deferred.Single().Key, Is.EqualTo(small.Key));
        Assert.That(plan.Deferred.Single().Reason, Is.EqualTo(DeferralReasons.WeeklyCap));
    }

    [Test]
    public void ARepShownTipsOnRecordsOutOfScope_Should_CountThemAgainstTheWeeklyCap()
    {
        // Arrange: cap 10 a week; 8 tips shown to r1 on other deals this week (ShownElsewhere), none in scope; three
        // new tips on d1, values 3 × 50,000 = 150,000, 2 × 20,000 = 40,000 and 1 × 90,000 = 90,000: two slots left.
        var high = DealTip(RuleIds.PastDueCloseDate, stake: 50000, severity: Severity.High);
        var medium = DealTip(RuleIds.StuckInStage, stake: 20000, severity: Severity.Medium);
        var low = DealTip(RuleIds.SlippingDeal, stake: 90000, severity: Severity.Low);
        var input = PlanInput(new[] { medium, low, high }, new StoredTip[0], new TipBudget(perDeal: 10, perRepPerWeek: 10));
        input.ShownElsewhere = new Dictionary<string, int> { ["r1"] = 8, ["r2"] = 10 };

        // Act
        var plan = TipPolicy.Plan(input);

        // Assert: 150,000 then 90,000 are raised; 40,000 waits for the weekly cap. r2's count does not touch r1.
        Assert.That(Kinds(plan), Is.EqualTo("Raise past-due-close-date|opportunity|d1, Raise slipping-deal|opportunity|d1"));
        Assert.That(plan.Deferred.Select(d => d.Key + " " + d.Reason), Is.EqualTo(new[] { "stuck-in-stage|opportunity|d1 weekly cap" }));
    }

    [Test]
    public void ShownElsewhereAndShownInScope_Should_AddUp()
    {
        // Arrange: cap 3; 1 tip shown on d1 (in scope) 2 days ago, 2 elsewhere: no slot left; nothing for r1 at 0 elsewhere.
        var shown = Stored(DealTip(RuleIds.StaleDeal), StoredTipStatus.Done, shownDaysAgo: 2);
        var input = PlanInput(new[] { DealTip(RuleIds.PastDueCloseDate) }, new[] { shown }, new TipBudget(10, 3));
        input.ShownElsewhere = new Dictionary<string, int> { ["r1"] = 2 };

        // Act
        var capped = TipPolicy.Plan(input);
        input.ShownElsewhere = new Dictionary<string, int> { ["r1"] = 1 };
        var admitted = TipPolicy.Plan(input);

        // Assert
        Assert.That(Kinds(capped), Is.Empty);
        Assert.That(capped.Deferred.Single().Reason, Is.EqualTo(DeferralReasons.WeeklyCap));
        Assert.That(Kinds(admitted), Is.EqualTo("Raise past-due-close-date|opportunity|d1"));
    }

    [TestCase(0.0, true)]
    [TestCase(6.99, true)]
    [TestCase(7.0, false)]
    [TestCase(-0.01, false)]
    public void ShownInWeek_Should_CountTheLast7DaysUpToNow(double daysAgo, bool counted)
    {
        // Act and Assert: (now − 7 days, now]; "now" itself is this week, a future date is not.
        Assert.That(TipBudget.ShownInWeek(Now.AddDays(-daysAgo), Now), Is.EqualTo(counted));
        Assert.That(TipBudget.ShownInWeek(null, Now), Is.False);
    }

    [Test]
    public void TrimToBudget_Should_DeferWhatDoesNotFitInPlanOrderAndKeepItsStoredState()
    {
        // Arrange: a close and two raises at one call each, two calls allowed.
        var plan = Plan(new[] { DealTip(RuleIds.PastDueCloseDate, stake: 1), DealTip(RuleIds.SlippingDeal, stake: 2) },
            new[] { Stored(DealTip(RuleIds.StaleDeal), StoredTipStatus.Open) });

        // Act
        var spent = plan.TrimToBudget(_ => 1, 2);
        var stored = plan.ApplyTo(new StoredTip[0]);

        // Assert
        Assert.That(spent, Is.EqualTo(2));
        Assert.That(Kinds(plan), Is.EqualTo("Close stale-deal|opportunity|d1, Raise slipping-deal|opportunity|d1"));
        Assert.That(plan.Deferred.Single().Key, Is.EqualTo(TipKeys.ForDeal(RuleIds.PastDueCloseDate, "d1")));
        Assert.That(plan.Deferred.Single().Reason, Is.EqualTo(DeferralReasons.WriteBudget));
        Assert.That(stored.Select(s => s.Key), Does.Not.Contain(TipKeys.ForDeal(RuleIds.PastDueCloseDate, "d1")));
    }
}
