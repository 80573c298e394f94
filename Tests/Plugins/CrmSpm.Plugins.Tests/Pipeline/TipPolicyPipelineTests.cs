using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// Core's tip policy through the plugin pipeline, on the scenarios the Salesforce sync replays too
/// (TipPolicySyncTests): an open tip's evidence changes, and a snoozed tip's evidence changes. The deal has a next
/// step and a close date 2 days in the past on 2026-11-20, so only the past-due-close-date tip fires.
/// </summary>
public sealed class TipPolicyPipelineTests : PluginTestBase
{
    [Test]
    public void RepEditsDeal_OpenTipsEvidenceChanged_Should_RewriteItsTextAndLeaveItOpen()
    {
        // Arrange
        var org = CreateOrg();
        var dealId = org.AsRep.Create(PastDueDeal(org));
        var raised = OpenTips(org, dealId).Single();

        // Act: two days later the rep edits the deal; the close date passed 4 days ago.
        org.Time.Advance(TimeSpan.FromDays(2));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });

        // Assert
        Assert.That(raised.GetAttributeValue<string>(ActivityColumns.Subject), Is.EqualTo("Close date in the past"), "no deal name in the title");
        Assert.That(raised.GetAttributeValue<string>(ActivityColumns.Description),
            Is.EqualTo("Set a realistic close date with the customer, or close the deal as won or lost.\nDays past the estimated close date 2026-11-18 — You: 2 days"));
        var tip = OpenTips(org, dealId).Single();
        Assert.That(tip.Id, Is.EqualTo(raised.Id));
        Assert.That(tip.GetAttributeValue<string>(ActivityColumns.Description), Does.EndWith("— You: 4 days"));
        Assert.That(tip.GetAttributeValue<int>(CoachingTipColumns.ShowCount), Is.EqualTo(1), "a refresh is not a new showing");
    }

    [Test]
    public void RepEditsDeal_SnoozedTipsEvidenceChanged_Should_StaySnoozedUntilItsDateThenShowTodaysFacts()
    {
        // Arrange: the rep snoozes the tip until 2026-11-24.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(PastDueDeal(org));
        var tipId = OpenTips(org, dealId).Single().Id;
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [CoachingTipColumns.Response] = new OptionSetValue(TipResponseChoice.Snoozed),
            [CoachingTipColumns.SnoozedUntil] = Now.AddDays(4),
        });

        // Act: edits 2 days later (snoozed) and 5 days later (snooze over).
        org.Time.Advance(TimeSpan.FromDays(2));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });
        var during = OpenTips(org, dealId).Single().GetAttributeValue<string>(ActivityColumns.Description);
        org.Time.Advance(TimeSpan.FromDays(3));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(53_000m) });

        // Assert
        Assert.That(during, Does.EndWith("— You: 2 days"), "nothing is written to a snoozed tip");
        var tip = OpenTips(org, dealId).Single();
        Assert.That(tip.Id, Is.EqualTo(tipId));
        Assert.That(tip.GetAttributeValue<string>(ActivityColumns.Description), Does.EndWith("— You: 7 days"));
    }

    private static Entity PastDueDeal(TestOrg org)
    {
        var deal = NewDeal(org, nextStep: "Call the buyer");
        deal[OpportunityColumns.EstimatedCloseDate] = Now.AddDays(-2);
        return deal;
    }
}
