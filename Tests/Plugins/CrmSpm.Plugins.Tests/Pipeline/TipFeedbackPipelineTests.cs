using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

public sealed class TipFeedbackPipelineTests : PluginTestBase
{
    [Test]
    public void RepDismissesTip_Should_RecordItAndKeepItAwayUntilTheFirstInterval()
    {
        // Arrange: a new deal without a next step gets its missing-next-step tip.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);

        // Act: the rep dismisses it with a reason, then edits the deal the next day (still no next step).
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [CoachingTipColumns.Response] = new OptionSetValue(TipResponseChoice.Dismissed),
            [CoachingTipColumns.DismissReason] = "Customer is on holiday",
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
            [ActivityColumns.StatusCode] = new OptionSetValue(6),
        });
        org.Time.Advance(TimeSpan.FromDays(1));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });

        // Assert: the answer is on the deal, and the tip did not come back within the first 2-day interval.
        var entry = TipState(org, dealId).Single();
        Assert.That((entry.Outcome, entry.Open, entry.Shows), Is.EqualTo(("dismissed", false, 1)));
        Assert.That(OpenTips(org, dealId), Is.Empty);
    }

    [Test]
    public void DismissedTip_ConditionStillTrueAfterTheInterval_Should_ComeBackAsTheSecondShowing()
    {
        // Arrange: a team after its first recompute (model row and profile joined in the one deal read).
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Canceled),
            [ActivityColumns.StatusCode] = new OptionSetValue(6),
        });

        // Act: three days later (first interval: 2 days) the rep edits the deal, still without a next step.
        org.Time.Advance(TimeSpan.FromDays(3));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.EstimatedValue] = new Money(52_000m) });

        // Assert: the same task (same id) is open again and counts its second showing.
        var tip = OpenTips(org, dealId).Single();
        Assert.That(tip.Id, Is.EqualTo(tipId));
        Assert.That(tip.GetAttributeValue<int>(CoachingTipColumns.ShowCount), Is.EqualTo(2));
    }

    [Test]
    public void RepAnswersTip_Should_LockTheTeamsModelRow_AndUpdateTheDealOnlyWithTheAnswer()
    {
        // Arrange: another solution's unfiltered Update step on opportunity counts every update of the deal.
        var org = CreateOrg();
        var partner = new CountingPlugin();
        org.Org.RegisterStep(new CrmSpm.EmbeddedOrg.Pipeline.StepRegistration
        {
            Name = "Partner audit step",
            Message = MessageNames.Update,
            PrimaryEntity = OpportunityColumns.EntityName,
            Stage = CrmSpm.EmbeddedOrg.Pipeline.PipelineStage.PostOperation,
            Rank = 99,
            Plugin = partner,
        });
        var dealId = org.AsRep.Create(NewDeal(org));
        var tipId = TipIdentity.ForKey("missing-next-step|opportunity|" + dealId);
        var updatesBefore = partner.Runs;

        // Act
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, tipId)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [ActivityColumns.StatusCode] = new OptionSetValue(5),
        });

        // Assert: the deal was updated once (its tip state), and the lock went to the team's own model-state row.
        Assert.That(partner.Runs - updatesBefore, Is.EqualTo(1));
        Assert.That(TipState(org, dealId).Single().Outcome, Is.EqualTo("done"));
        var modelRows = org.AsSystem.RetrieveMultiple(new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(ModelStateColumns.TeamKey) }).Entities;
        Assert.That(modelRows.Select(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey)), Is.EqualTo(new[] { org.Team.ToString() }));
    }

    [Test]
    public void TwoTipsOfOneDealAnswered_Should_BothBeRecordedInTheDealsTipState()
    {
        // Arrange: a deal with two open tips; the org runs the two answers one after the other, as the team's lock
        // makes a real org run them.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var rules = OpenTips(org, dealId).Select(t => t.GetAttributeValue<string>(CoachingTipColumns.RuleId)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        Assume.That(rules, Has.Count.GreaterThanOrEqualTo(2), "a new deal without a next step raises at least two tips");

        // Act: the rep completes the first, the manager dismisses the second.
        org.AsRep.Update(new Entity(CoachingTipColumns.EntityName, TipIdentity.ForKey(rules[0] + "|opportunity|" + dealId))
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [ActivityColumns.StatusCode] = new OptionSetValue(5),
        });
        org.Org.ServiceFor(org.Manager).Update(new Entity(CoachingTipColumns.EntityName, TipIdentity.ForKey(rules[1] + "|opportunity|" + dealId))
        {
            [CoachingTipColumns.Response] = new OptionSetValue(TipResponseChoice.Dismissed),
        });

        // Assert
        var outcomes = TipState(org, dealId).Where(e => e.Outcome != null).ToDictionary(e => e.RuleId, e => e.Outcome);
        Assert.That(outcomes[rules[0]], Is.EqualTo("done"));
        Assert.That(outcomes[rules[1]], Is.EqualTo("dismissed"));
    }

    private sealed class CountingPlugin : IPlugin
    {
        public int Runs { get; private set; }

        public void Execute(IServiceProvider serviceProvider) => Runs++;
    }

    private static List<TipStateEntry> TipState(TestOrg org, Guid dealId) =>
        JsonColumn.Read<List<TipStateEntry>>(org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TipState))
            .GetAttributeValue<string>(OpportunityColumns.TipState))!;
}
