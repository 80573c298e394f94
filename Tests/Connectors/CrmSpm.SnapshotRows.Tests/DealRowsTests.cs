extern alias plugins;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;
using TouchLog = plugins::CrmSpm.Plugins.Deals.TouchLog;

namespace CrmSpm.SnapshotRows.Tests;

public class DealRowsTests
{
    private static readonly Guid Team = new("00000000-0000-0000-0000-0000000000bb");
    private static readonly Guid Account = new("00000000-0000-0000-0000-0000000000ee");

    // Row ids: Python's uuid.uuid5(UUID("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19"), id), as in RowIdsTests.
    private static readonly Guid Opp1 = new("11c35acc-921e-50b9-a87f-f93db190d6d9");
    private static readonly Guid Rep1 = new("53279a6c-3996-532c-9f9a-1e54d43292f9");
    private static readonly Guid Call1 = new("6008f0f9-8972-5a90-99b4-bce894e265e2");

    [Test]
    public void AsCreated_WithAccountAndNextStep_Should_BeTheRepsCreateAtTheGivenStageAndCloseDate()
    {
        // Act
        var row = DealRows.AsCreated(WonDeal(), "Qualify", new DateTime(2026, 10, 20), Account, withNextStep: true);

        // Assert: the estimate is the pipeline amount (EstimatedAmount 18,000 over Amount 20,000); nothing of the later history.
        Assert.That(row.LogicalName, Is.EqualTo(OpportunityColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(Opp1));
        Assert.That(row[OpportunityColumns.Name], Is.EqualTo("Won deal"));
        Assert.That(row[OpportunityColumns.StepName], Is.EqualTo("Qualify"));
        Assert.That(row.GetAttributeValue<Money>(OpportunityColumns.EstimatedValue).Value, Is.EqualTo(18_000m));
        Assert.That(row[OpportunityColumns.EstimatedCloseDate], Is.EqualTo(new DateTime(2026, 10, 20)));
        Assert.That(row[OpportunityColumns.ContactsEngaged], Is.EqualTo(2));
        Assert.That(row.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccountId).Id, Is.EqualTo(Account));
        Assert.That(row[OpportunityColumns.NextStep], Is.EqualTo("Send proposal"));
        Assert.That(row.Contains(OpportunityColumns.StateCode), Is.False);
        Assert.That(row.Contains(OpportunityColumns.TouchLog), Is.False);
    }

    [Test]
    public void AsCreated_WithoutAccountOrNextStep_Should_LeaveBothOut()
    {
        // Act: the next step comes later, after the first conversation.
        var row = DealRows.AsCreated(WonDeal(), "Qualify", null, null, withNextStep: false);

        // Assert
        Assert.That(row.Contains(OpportunityColumns.ParentAccountId), Is.False);
        Assert.That(row.Contains(OpportunityColumns.NextStep), Is.False);
        Assert.That(row[OpportunityColumns.EstimatedCloseDate], Is.Null);
    }

    [TestCase(OpportunityStatus.Open, OpportunityState.Open)]
    [TestCase(OpportunityStatus.Won, OpportunityState.Won)]
    [TestCase(OpportunityStatus.Lost, OpportunityState.Lost)]
    public void AsStanding_Status_Should_BeTheOpportunitysStateCode(OpportunityStatus status, int stateCode)
    {
        // Arrange: statecode 0 Open, 1 Won, 2 Lost (https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity).
        var deal = WonDeal();
        deal.Status = status;

        // Act / Assert
        Assert.That(DealRows.AsStanding(deal, Array.Empty<Activity>(), Team).GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode).Value, Is.EqualTo(stateCode));
    }

    [Test]
    public void AsStanding_WonDealWithTwoTouches_Should_CarryItsFinalStateAndTouchLog()
    {
        // Arrange: a call on 3 Oct and a meeting on 10 Oct; the close date pushed once (20 → 25 Oct) and pulled once (25 → 20 Oct).
        var deal = WonDeal();
        deal.CloseDateChanges.Add(new CloseDateChange { ChangedOn = new DateTime(2026, 10, 4), OldDate = new DateTime(2026, 10, 20), NewDate = new DateTime(2026, 10, 25) });
        deal.CloseDateChanges.Add(new CloseDateChange { ChangedOn = new DateTime(2026, 10, 11), OldDate = new DateTime(2026, 10, 25), NewDate = new DateTime(2026, 10, 20) });
        var touches = new[] { Touch("call-1", ActivityKind.Call, 3), Touch("meeting-1", ActivityKind.Meeting, 10) };

        // Act
        var row = DealRows.AsStanding(deal, touches, Team);

        // Assert
        Assert.That(row.Id, Is.EqualTo(Opp1));
        Assert.That(row[OpportunityColumns.StepName], Is.EqualTo("Develop"));
        Assert.That(row.GetAttributeValue<Money>(OpportunityColumns.EstimatedValue).Value, Is.EqualTo(18_000m));
        Assert.That(row.GetAttributeValue<Money>(OpportunityColumns.EstimatedValueBase).Value, Is.EqualTo(18_000m));
        Assert.That(row[OpportunityColumns.ActualCloseDate], Is.EqualTo(new DateTime(2026, 10, 20, 15, 0, 0)));
        Assert.That(row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId).Id, Is.EqualTo(Rep1));
        Assert.That(row.GetAttributeValue<EntityReference>(OpportunityColumns.OwningBusinessUnit).Id, Is.EqualTo(Team));
        Assert.That(row[OpportunityColumns.CreatedOn], Is.EqualTo(new DateTime(2026, 10, 1, 9, 0, 0)));
        Assert.That(row[OpportunityColumns.ModifiedOn], Is.EqualTo(new DateTime(2026, 10, 20, 15, 0, 0)));
        Assert.That(row[OpportunityColumns.ClosedatePushCount], Is.EqualTo(1));
        Assert.That(row[OpportunityColumns.ActivityCount], Is.EqualTo(2));
        Assert.That(row[OpportunityColumns.LastTouchOn], Is.EqualTo(new DateTime(2026, 10, 10, 11, 0, 0)));
        var log = TouchLog.Read(row.GetAttributeValue<string>(OpportunityColumns.TouchLog)).Entries;
        Assert.That(log.Select(e => (e.ActivityId, e.Kind)), Is.EqualTo(new[] { (Call1.ToString(), "call"), (RowIds.For("meeting-1").ToString(), "meeting") }));
    }

    [Test]
    public void AsStanding_WithoutTouches_Should_LeaveTheTouchColumnsOut()
    {
        // Act
        var row = DealRows.AsStanding(WonDeal(), Array.Empty<Activity>(), Team);

        // Assert: the recompute rebuilds them from the activity rows.
        Assert.That(row.Contains(OpportunityColumns.TouchLog), Is.False);
        Assert.That(row.Contains(OpportunityColumns.LastTouchOn), Is.False);
        Assert.That(row.Contains(OpportunityColumns.ActivityCount), Is.False);
    }

    [Test]
    public void TouchesByDeal_Should_GroupOnlyCompletedActivitiesThatRegardADeal()
    {
        // Arrange
        var snapshot = new OrgSnapshot();
        snapshot.Activities.Add(Touch("call-1", ActivityKind.Call, 3));
        snapshot.Activities.Add(Touch("call-2", ActivityKind.Call, 4));
        snapshot.Activities.Add(new Activity { Id = "task-1", RegardingOpportunityId = "opp-1", Status = ActivityStatus.Open });
        snapshot.Activities.Add(new Activity { Id = "email-1", Status = ActivityStatus.Completed });

        // Act
        var byDeal = DealRows.TouchesByDeal(snapshot);

        // Assert
        Assert.That(byDeal.Keys, Is.EqualTo(new[] { "opp-1" }));
        Assert.That(byDeal["opp-1"].Select(a => a.Id), Is.EqualTo(new[] { "call-1", "call-2" }));
    }

    private static Opportunity WonDeal() => new()
    {
        Id = "opp-1", Name = "Won deal", OwnerId = "rep-0001", Stage = "Develop", Amount = 20_000m, EstimatedAmount = 18_000m,
        CreatedOn = new DateTime(2026, 10, 1, 9, 0, 0), ModifiedOn = new DateTime(2026, 10, 20, 15, 0, 0),
        EstimatedCloseDate = new DateTime(2026, 10, 20), ActualCloseDate = new DateTime(2026, 10, 20, 15, 0, 0),
        Status = OpportunityStatus.Won, NextStep = "Send proposal", ContactsEngaged = 2,
    };

    private static Activity Touch(string id, ActivityKind kind, int day) => new()
    {
        Id = id, Kind = kind, OwnerId = "rep-0001", RegardingOpportunityId = "opp-1",
        CreatedOn = new DateTime(2026, 10, day, 9, 0, 0), CompletedOn = new DateTime(2026, 10, day, 11, 0, 0), Status = ActivityStatus.Completed,
    };
}
