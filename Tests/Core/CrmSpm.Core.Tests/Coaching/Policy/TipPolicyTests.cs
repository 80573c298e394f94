using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;

namespace CrmSpm.Core.Tests.Coaching.Policy;

/// <summary>Each action of the tip policy on a hand-worked case (reinforcement intervals 2, 7, 21 days).</summary>
public class TipPolicyTests : TipPolicyTestBase
{
    [Test]
    public void ANewTip_Should_BeRaisedOpenWithOneShowing()
    {
        // Act
        var plan = Plan(new[] { DealTip(RuleIds.StaleDeal) }, new StoredTip[0]);

        // Assert
        var raise = plan.Actions.Single();
        Assert.That(raise.Kind, Is.EqualTo(TipActionKind.Raise));
        Assert.That(raise.After.Status, Is.EqualTo(StoredTipStatus.Open));
        Assert.That(raise.After.ShowCount, Is.EqualTo(1));
        Assert.That(raise.After.LastSurfacedOn, Is.EqualTo(Now));
        Assert.That(raise.After.RaisedOn, Is.EqualTo(Now));
        Assert.That(raise.After.Fingerprint, Is.EqualTo(TipWording.Fingerprint(DealTip(RuleIds.StaleDeal))));
    }

    [Test]
    public void AnOpenTipWithTheSameText_Should_NeedNothing()
    {
        var tip = DealTip(RuleIds.StaleDeal);
        Assert.That(Plan(new[] { tip }, new[] { Stored(tip, StoredTipStatus.Open) }).Actions, Is.Empty);
    }

    [Test]
    public void AnOpenTipWhoseEvidenceChanged_Should_BeRefreshedWithoutANewShowing()
    {
        // Arrange: raised when the close date had passed 2 days ago; it has now passed 5 days ago.
        var now = DealTip(RuleIds.PastDueCloseDate, text: "Set a date.\nDays past the estimated close date 2026-11-10 — You: 5 days");
        var stored = Stored(now, StoredTipStatus.Open, shownDaysAgo: 3, text: "Set a date.\nDays past the estimated close date 2026-11-10 — You: 2 days");

        // Act
        var refresh = Plan(new[] { now }, new[] { stored }).Actions.Single();

        // Assert
        Assert.That(refresh.Kind, Is.EqualTo(TipActionKind.Refresh));
        Assert.That(refresh.After.Fingerprint, Is.EqualTo(TipWording.Fingerprint(now)));
        Assert.That(refresh.After.ShowCount, Is.EqualTo(1));
        Assert.That(refresh.After.LastSurfacedOn, Is.EqualTo(DaysAgo(3)), "a refresh is not a showing");
    }

    [Test]
    public void ASnoozedTip_Should_StayHiddenUntilItsDateEvenWhenItsTextChanged()
    {
        // Arrange
        var tip = DealTip(RuleIds.StaleDeal, text: "Call.\nDays since the last touch — You: 20 days");
        var snoozed = Stored(tip, StoredTipStatus.Snoozed, text: "Call.\nDays since the last touch — You: 16 days");
        snoozed.SnoozedUntil = Now.AddDays(1);
        var expired = snoozed.Copy();
        expired.SnoozedUntil = Now.AddHours(-1);

        // Act
        var during = Plan(new[] { tip }, new[] { snoozed });
        var after = Plan(new[] { tip }, new[] { expired });

        // Assert
        Assert.That(during.Actions.Single().Kind, Is.EqualTo(TipActionKind.KeepSnoozed));
        Assert.That(during.Writes, Is.Empty);
        Assert.That(after.Actions.Single().Kind, Is.EqualTo(TipActionKind.Refresh), "once the snooze ends the rep reads today's facts");
    }

    [Test]
    public void AnOpenOrSnoozedTipWhoseConditionCleared_Should_BeClosed()
    {
        // Arrange
        var open = Stored(DealTip(RuleIds.StaleDeal), StoredTipStatus.Open);
        var snoozed = Stored(DealTip(RuleIds.SlippingDeal), StoredTipStatus.Snoozed);
        snoozed.SnoozedUntil = Now.AddDays(3);
        var done = Stored(DealTip(RuleIds.MissingNextStep), StoredTipStatus.Done);

        // Act
        var plan = Plan(new CoachingTip[0], new[] { open, snoozed, done });

        // Assert
        Assert.That(Kinds(plan), Is.EqualTo("Close slipping-deal|opportunity|d1, Close stale-deal|opportunity|d1"));
        Assert.That(plan.Actions.All(a => a.After.Status == StoredTipStatus.Cleared && a.After.ClosedOn == Now && a.After.SnoozedUntil == null));
    }

    [TestCase(1, 1, null, TestName = "Answered tip shown once 1 day ago waits: interval 2 days")]
    [TestCase(1, 3, 2, TestName = "Answered tip shown once 3 days ago resurfaces as showing 2")]
    [TestCase(2, 3, null, TestName = "Answered tip shown twice, 3 days ago, waits: interval 7 days")]
    [TestCase(3, 21, 4, TestName = "Answered tip shown 3 times, 21 days ago, resurfaces: interval 21 days")]
    public void AnAnsweredTipWhoseConditionHolds_Should_ResurfaceOnTheReinforcementSchedule(int shows, double shownDaysAgo, int? showing)
    {
        // Arrange
        var tip = DealTip(RuleIds.StaleDeal);
        var done = Stored(tip, StoredTipStatus.Done, shownDaysAgo, shows);

        // Act
        var plan = Plan(new[] { tip }, new[] { done });

        // Assert
        if (showing == null)
        {
            Assert.That(plan.Actions, Is.Empty);
            return;
        }

        var resurface = plan.Actions.Single();
        Assert.That(resurface.Kind, Is.EqualTo(TipActionKind.Resurface));
        Assert.That(resurface.After.ShowCount, Is.EqualTo(showing));
        Assert.That(resurface.After.Status, Is.EqualTo(StoredTipStatus.Open));
        Assert.That(resurface.After.RaisedOn, Is.EqualTo(DaysAgo(shownDaysAgo)), "first raised then, not now");
    }

    [Test]
    public void LastPeriodsOpenRepTip_Should_BeSupersededWhenThePeriodRolls()
    {
        // Arrange: October's low-adoption tip is open; November's fires.
        var october = Stored(RepTip(RuleIds.LowAdoption, "2026-10"), StoredTipStatus.Open, shownDaysAgo: 20);
        var november = RepTip(RuleIds.LowAdoption, "2026-11");

        // Act
        var plan = Plan(new[] { november }, new[] { october }, period: "2026-11");

        // Assert
        Assert.That(Kinds(plan), Is.EqualTo("Supersede low-adoption|rep|r1|2026-10, Raise low-adoption|rep|r1|2026-11"));
        Assert.That(plan.Actions[0].After.Status, Is.EqualTo(StoredTipStatus.Superseded));
    }

    [Test]
    public void ATipThatContradictsTheDealsScoreReason_Should_BeSuppressedAndItsOpenTaskClosed()
    {
        // Arrange: the deal model says this deal's contacts help it win; a tip calling them too few would contradict it.
        var tip = DealTip(RuleIds.SingleThreadedLateStage);
        tip.Signal = new TipSignal { Feature = CrmSpm.Core.Deals.DealFeatureNames.Contacts, Observed = 2, HigherIsBetter = true };
        var helps = new[] { new CrmSpm.Core.Deals.DealReason { Feature = CrmSpm.Core.Deals.DealFeatureNames.Contacts, Text = "2 contacts engaged", Impact = 0.08 } };
        var hurts = new[] { new CrmSpm.Core.Deals.DealReason { Feature = CrmSpm.Core.Deals.DealFeatureNames.Contacts, Text = "2 contacts engaged (wins less often here)", Impact = -0.08 } };

        // Act
        var contradicted = Plan(new[] { tip }, new[] { Stored(tip, StoredTipStatus.Open) }, reasons: _ => helps);
        var agreed = Plan(new[] { tip }, new StoredTip[0], reasons: _ => hurts);

        // Assert
        Assert.That(Kinds(contradicted), Is.EqualTo("Close single-threaded-late-stage|opportunity|d1"));
        Assert.That(contradicted.Deferred.Single().Reason, Is.EqualTo(DeferralReasons.ContradictsDealReason));
        Assert.That(Kinds(agreed), Is.EqualTo("Raise single-threaded-late-stage|opportunity|d1"));
    }

    [Test]
    public void Writes_Should_CloseFirstThenShowByValueThenRefresh()
    {
        // Arrange
        var refreshed = DealTip(RuleIds.StaleDeal, deal: "d1", text: "new");
        var low = DealTip(RuleIds.SlippingDeal, deal: "d2", severity: Severity.Low, stake: 50000);
        var high = DealTip(RuleIds.PastDueCloseDate, deal: "d3", severity: Severity.High, stake: 20000);
        var cleared = Stored(DealTip(RuleIds.MissingNextStep, deal: "d4"), StoredTipStatus.Open);

        // Act: values 1 × 50,000 and 3 × 20,000 = 60,000.
        var plan = Plan(new[] { refreshed, low, high }, new[] { Stored(refreshed, StoredTipStatus.Open, text: "old"), cleared });

        // Assert
        Assert.That(Kinds(plan), Is.EqualTo(
            "Close missing-next-step|opportunity|d4, Raise past-due-close-date|opportunity|d3, Raise slipping-deal|opportunity|d2, Refresh stale-deal|opportunity|d1"));
    }
}
