using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

/// <summary>
/// A rep hands a deal to a colleague: an Update of <c>ownerid</c>, the documented way to assign
/// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior). The rep's role
/// reaches only their own deals, so from that instant they can no longer write it; our post-operation bookkeeping
/// runs in the same save and must not need them to (docs/plugins.md, "writes as").
/// </summary>
public sealed class ReassignPipelineTests : PluginTestBase
{
    [Test]
    public void RepReassignsDealToColleague_Should_CommitWithOurBookkeeping_AndHandTheTipsToTheNewOwner()
    {
        // Arrange: the rep's deal, without a next step, has an open tip owned by the rep.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        Assume.That(OpenTips(org, dealId).Select(t => t.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id), Has.All.EqualTo(org.Rep));

        // Act: the rep pushes the close date and hands the deal to Sam in one save.
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId)
        {
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.OtherRep),
            [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(45),
        });

        // Assert: the save committed with our bookkeeping (the push counted, the tips now Sam's), no failure was
        // swallowed, and the rep indeed lost write access: a write as them would have failed inside their save.
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.OwnerId, OpportunityColumns.ClosedatePushCount));
        Assert.That(deal.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId).Id, Is.EqualTo(org.OtherRep));
        Assert.That(deal.GetAttributeValue<int>(OpportunityColumns.ClosedatePushCount), Is.EqualTo(1));
        var tips = OpenTips(org, dealId);
        Assert.That(tips, Is.Not.Empty);
        Assert.That(tips.Select(t => t.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId).Id), Has.All.EqualTo(org.OtherRep));
        Assert.That(org.Org.Traces.Select(t => t.Text), Has.None.Contains("skipped after an internal error"));
        Assert.That(org.Org.RowCount(PluginHealthColumns.EntityName), Is.EqualTo(0));
        Assert.Catch(() => org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.NextStep] = "Call back" }));
    }

    [Test]
    public void ReassignedDealWonByItsNewOwner_Should_CountOnTheNewOwnersScorecardOnly()
    {
        // Arrange
        var org = CreateOrg();
        SeedModelAndProfile(org);
        var dealId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));
        org.AsRep.Update(new Entity(OpportunityColumns.EntityName, dealId)
        {
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.OtherRep),
        });

        // Act
        Win(org.AsOtherRep, dealId);
        org.Org.RunAsyncOperations();

        // Assert: one scorecard, Sam's, with the win; none for the rep who handed the deal over.
        var cards = org.AsSystem.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.RepId, ScorecardColumns.WonCount),
        }).Entities;
        Assert.That(cards.Select(c => (c.GetAttributeValue<EntityReference>(ScorecardColumns.RepId).Id, c.GetAttributeValue<int>(ScorecardColumns.WonCount))),
            Is.EqualTo(new[] { (org.OtherRep, 1) }));
    }
}
