using CrmSpm.Core.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Tests.Pipeline;

public sealed class RecalculationPipelineTests : PluginTestBase
{
    [Test]
    public void Recalculate_TeamWithHistory_Should_WriteScorecardsModelAndDealScores()
    {
        // Arrange: two closed deals (one won, one lost) seeded as history, one open deal.
        var org = CreateOrg();
        SeedClosedDeal(org, org.Rep, OpportunityState.Won, daysAgo: 10);
        SeedClosedDeal(org, org.OtherRep, OpportunityState.Lost, daysAgo: 12);
        var openId = org.AsRep.Create(NewDeal(org, nextStep: "Demo"));

        // Act
        Recalculate(org);

        // Assert: a scorecard per rep who owns deals (not the manager, not SYSTEM), a model counting both closed deals,
        // and beside it the org-level row with the run's standing.
        Assert.That(org.Org.RowCount(ScorecardColumns.EntityName), Is.EqualTo(2));
        var rows = org.AsSystem.RetrieveMultiple(new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(true) }).Entities;
        Assert.That(rows.Select(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey)), Is.EquivalentTo(new[] { org.Team.ToString(), StandingStore.TeamKey }));
        var model = rows.Single(r => r.GetAttributeValue<string>(ModelStateColumns.TeamKey) == org.Team.ToString());
        var state = CrmSpm.Core.Serialization.ContractJson.Deserialize<DealModelState>(model.GetAttributeValue<string>(ModelStateColumns.StateJson));
        Assert.That((state.Won, state.Lost), Is.EqualTo((1, 1)));
        Assert.That(model.GetAttributeValue<string>(ModelStateColumns.Benchmarks), Is.Not.Empty);
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, openId, new ColumnSet(OpportunityColumns.DealScore));
        Assert.That(deal.GetAttributeValue<int?>(OpportunityColumns.DealScore), Is.Not.Null);
        Assert.That(org.Org.SystemJobs, Is.Empty);
    }

    [Test]
    public void Recalculate_Twice_Should_ChangeNothingTheSecondTime()
    {
        // Arrange
        var org = CreateOrg();
        SeedClosedDeal(org, org.Rep, OpportunityState.Won, daysAgo: 10);
        org.AsRep.Create(NewDeal(org));
        Recalculate(org);
        var rowsBefore = (org.Org.RowCount(ScorecardColumns.EntityName), org.Org.RowCount(CoachingTipColumns.EntityName), org.Org.RowCount(PostColumns.EntityName));

        // Act
        Recalculate(org);

        // Assert: same rows, no duplicate scorecard, tip or post.
        var rowsAfter = (org.Org.RowCount(ScorecardColumns.EntityName), org.Org.RowCount(CoachingTipColumns.EntityName), org.Org.RowCount(PostColumns.EntityName));
        Assert.That(rowsAfter, Is.EqualTo(rowsBefore));
    }

    [Test]
    public void Recalculate_ActivitiesTheStepsNeverSaw_Should_RebuildTheTouchLogFromTheActivityRows()
    {
        // Arrange: a deal whose touch log is unreadable, and two completed activities seeded straight into the tables
        // (logged before install, or missed by a failed step), plus an open one and one on another team's deal.
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        org.AsSystem.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.TouchLog] = "{not json" });
        var callOn = Now.AddDays(-5);
        var meetingOn = Now.AddDays(-2);
        var call = SeedActivity(org, ActivityColumns.PhoneCall, dealId, ActivityState.Completed, callOn);
        var meeting = SeedActivity(org, ActivityColumns.Appointment, dealId, ActivityState.Completed, meetingOn);
        SeedActivity(org, ActivityColumns.Task, dealId, ActivityState.Open, Now.AddDays(-1));

        // Act
        Recalculate(org);

        // Assert: both completed activities, oldest first; the open task is a plan, not a touch. Count 2, last touch
        // the meeting's end (two days ago).
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TouchLog, OpportunityColumns.ActivityCount, OpportunityColumns.LastTouchOn));
        var log = CrmSpm.Plugins.Deals.TouchLog.Read(deal.GetAttributeValue<string>(OpportunityColumns.TouchLog));
        Assert.That(log.Entries.Select(e => (e.ActivityId, e.Kind)), Is.EqualTo(new[] { (call.ToString(), "call"), (meeting.ToString(), "meeting") }));
        Assert.That(deal.GetAttributeValue<int?>(OpportunityColumns.ActivityCount), Is.EqualTo(2));
        Assert.That(deal.GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn), Is.EqualTo(meetingOn));
    }

    [Test]
    public void Recalculate_TouchLogWithATouchWhoseActivityIsGone_Should_DropIt()
    {
        // Arrange: the step logged a call, then the call row disappeared without the step seeing it (seeded log).
        var org = CreateOrg();
        var dealId = org.AsRep.Create(NewDeal(org));
        var stale = CrmSpm.Plugins.Deals.TouchLog.FromTouches(new[] { CrmSpm.Plugins.Deals.TouchLog.Entry(Guid.NewGuid(), Now.AddDays(-1), CrmSpm.Core.Model.ActivityKind.Call, null) });
        org.AsSystem.Update(new Entity(OpportunityColumns.EntityName, dealId) { [OpportunityColumns.TouchLog] = stale.ToJson(), [OpportunityColumns.ActivityCount] = 1 });

        // Act
        Recalculate(org);

        // Assert: no activity rows, so an empty log and a count of 0.
        var deal = org.AsSystem.Retrieve(OpportunityColumns.EntityName, dealId, new ColumnSet(OpportunityColumns.TouchLog, OpportunityColumns.ActivityCount));
        Assert.That(CrmSpm.Plugins.Deals.TouchLog.Read(deal.GetAttributeValue<string>(OpportunityColumns.TouchLog)).Entries, Is.Empty);
        Assert.That(deal.GetAttributeValue<int?>(OpportunityColumns.ActivityCount), Is.EqualTo(0));
    }

    [Test]
    public void Recalculate_ForeignToken_Should_FailTheCallWithAClearMessage()
    {
        // Arrange
        var org = CreateOrg();
        var request = new OrganizationRequest(MessageNames.RecalculateScorecards) { [MessageNames.ContinuationTokenParameter] = "not-a-token" };

        // Act: the custom API runs synchronously in its main operation, so the caller (the flow) gets the error.
        var error = Assert.Catch(() => org.AsSystem.Execute(request));

        // Assert
        Assert.That(error!.Message, Does.Contain("continuation token"));
    }

    [Test]
    public void Recalculate_RepsWithTerritorySizes_Should_NormaliseTheirTiersForTheTerritory()
    {
        // Arrange: both reps win 3 of 6 deals (the tier's sample minimum) with the same tenure; the rep's territory is
        // 400 accounts, the other rep's 100 (systemuser.crmspm_territorysize). Median 250: territory factors
        // √(400 ÷ 250) = 1.26 and √(100 ÷ 250) = 0.63 (docs/scoring.md §3), so the same 50 % ranks the smaller
        // territory first: of two tiered reps the first ⌊2 × 0.25 + 0.5⌋ = 1 is A and the last 1 is C.
        var org = CreateOrg();
        foreach (var (rep, size) in new[] { (org.Rep, 400m), (org.OtherRep, 100m) })
        {
            org.AsSystem.Update(new Entity(SystemUserColumns.EntityName, rep) { [SystemUserColumns.TerritorySize] = size });
            for (var i = 0; i < 6; i++)
            {
                SeedClosedDeal(org, rep, i % 2 == 0 ? OpportunityState.Won : OpportunityState.Lost, daysAgo: 10 + i);
            }
        }

        // Act
        Recalculate(org);

        // Assert
        var cards = org.AsSystem.RetrieveMultiple(new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.RepId, ScorecardColumns.Details) })
            .Entities.ToDictionary(c => c.GetAttributeValue<EntityReference>(ScorecardColumns.RepId).Id, c => JsonColumn.Read<ScorecardDetails>(c.GetAttributeValue<string>(ScorecardColumns.Details))!.Tier);
        Assert.That(cards[org.OtherRep], Does.StartWith("Tier A, rank 1 of 2").And.Contain("a territory smaller than the median (expected output ×0.63)"));
        Assert.That(cards[org.Rep], Does.StartWith("Tier C, rank 2 of 2").And.Contain("a territory larger than the median (expected output ×1.26)"));
    }

    private static void Recalculate(TestOrg org) => RecomputeLoop.Run(org.AsSystem);

    private static Guid SeedActivity(TestOrg org, string table, Guid dealId, int state, DateTime actualEnd) => org.Org.Seed(new Entity(table)
    {
        [ActivityColumns.Subject] = "Logged before install",
        [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, dealId),
        [ActivityColumns.StateCode] = new OptionSetValue(state),
        [ActivityColumns.ActualEnd] = actualEnd,
        [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, org.Rep),
    });

    private static void SeedClosedDeal(TestOrg org, Guid owner, int state, int daysAgo) => org.Org.Seed(new Entity(OpportunityColumns.EntityName)
    {
        [OpportunityColumns.Name] = "History " + Guid.NewGuid(),
        [OpportunityColumns.StepName] = "Propose",
        [OpportunityColumns.EstimatedValueBase] = new Money(20_000m),
        [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, owner),
        [OpportunityColumns.OwningBusinessUnit] = new EntityReference(BusinessUnitColumns.EntityName, org.Team),
        [OpportunityColumns.StateCode] = new OptionSetValue(state),
        [OpportunityColumns.CreatedOn] = Now.AddDays(-daysAgo - 30),
        [OpportunityColumns.ActualCloseDate] = Now.AddDays(-daysAgo),
    });
}
