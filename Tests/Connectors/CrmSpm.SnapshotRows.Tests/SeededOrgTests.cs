extern alias plugins;
using CrmSpm.Core.Model;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.PluginHost;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;
using PluginDeals = plugins::CrmSpm.Plugins.Deals;

namespace CrmSpm.SnapshotRows.Tests;

/// <summary>
/// The whole path: a small snapshot's rows seeded into the strict embedded org with CrmSpm installed (it refuses a
/// column the solution or the stock tables lack), read back through the org service by the plugins' own mapper, and
/// recomputed by the nightly custom API.
/// </summary>
public class SeededOrgTests
{
    private static readonly DateTime Now = new(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc);

    private EmbeddedOrganization org = null!;
    private Opportunity deal = null!;
    private Activity[] touches = null!;

    [SetUp]
    public void SeedOrg()
    {
        // Arrange, shared: one team, its manager and rep, an account, a quota, an open deal with a call and a meeting.
        org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(Now)) });
        EmbeddedOrgStepRegistrar.Install(org, new plugins::CrmSpm.Core.Time.FixedClock(Now));
        var rep = new Rep { Id = "rep-0001", Name = "Ann Example", StartDate = new DateTime(2024, 1, 1) };
        deal = new Opportunity
        {
            Id = "opp-1", Name = "Open deal", OwnerId = rep.Id, Stage = "Develop", Amount = 5_000m, Status = OpportunityStatus.Open,
            CreatedOn = new DateTime(2026, 10, 5), ModifiedOn = new DateTime(2026, 11, 12), EstimatedCloseDate = new DateTime(2026, 11, 30),
            NextStep = "Demo", ContactsEngaged = 1,
            CloseDateChanges = { new CloseDateChange { ChangedOn = new DateTime(2026, 10, 30), OldDate = new DateTime(2026, 11, 10), NewDate = new DateTime(2026, 11, 30) } },
        };
        touches = new[] { Touch("call-1", ActivityKind.Call, new DateTime(2026, 11, 12, 10, 0, 0)), Touch("meeting-1", ActivityKind.Meeting, new DateTime(2026, 11, 3, 14, 0, 0)) };

        var unit = org.Seed(OrgRows.Team("team-001", org.RootBusinessUnitId));
        var manager = org.Seed(OrgRows.Manager("mgr-001", unit, new DateTime(2023, 1, 1)));
        var user = org.Seed(OrgRows.User(rep, unit, manager));
        org.Seed(OrgRows.Account("acct-1"));
        org.Seed(OrgRows.Quota(rep, user, new PeriodQuota { Period = "2026-11", Amount = 10_000m }));
        org.Seed(DealRows.AsStanding(deal, touches, unit));
        foreach (var touch in touches)
        {
            org.Seed(ActivityRows.AsStanding(touch, RowIds.For(deal.Id), user));
        }
    }

    [Test]
    public void AsStanding_ReadBackByThePluginsMapper_Should_GiveTheDealBack()
    {
        // Act
        var row = org.SystemService.Retrieve(OpportunityColumns.EntityName, RowIds.For("opp-1"), new ColumnSet(true));
        var mapped = PluginDeals.OpportunityMapper.ToCore(row);

        // Assert: what Core scores is what the snapshot said; the one push survives as a count.
        Assert.That(mapped.Status, Is.EqualTo(plugins::CrmSpm.Core.Model.OpportunityStatus.Open));
        Assert.That((mapped.Name, mapped.Stage, mapped.Amount, mapped.NextStep, mapped.ContactsEngaged), Is.EqualTo(("Open deal", "Develop", 5_000m, "Demo", 1)));
        Assert.That(mapped.EstimatedCloseDate, Is.EqualTo(new DateTime(2026, 11, 30)));
        Assert.That(mapped.OwnerId, Is.EqualTo(RowIds.For("rep-0001").ToString()));
        Assert.That(mapped.CloseDateChanges.Count(c => c.IsPush), Is.EqualTo(1));
    }

    [Test]
    public void AsStanding_Rows_Should_StandInTheTablesTheRecomputeReads()
    {
        // Act / Assert: the users under their team and manager, one row per activity table, the quota on its scorecard.
        var rep = org.SystemService.Retrieve(SystemUserColumns.EntityName, RowIds.For("rep-0001"), new ColumnSet(true));
        Assert.That(rep.GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId).Id, Is.EqualTo(RowIds.For("mgr-001")));
        Assert.That(rep.GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId).Id, Is.EqualTo(RowIds.For("team-001")));
        Assert.That((org.RowCount(ActivityColumns.PhoneCall), org.RowCount(ActivityColumns.Appointment), org.RowCount(ActivityColumns.Task)), Is.EqualTo((1, 1, 0)));
        var quota = org.SystemService.Retrieve(ScorecardColumns.EntityName, RowIds.For("rep-0001|2026-11"), new ColumnSet(ScorecardColumns.Quota));
        Assert.That(quota.GetAttributeValue<Money>(ScorecardColumns.Quota).Value, Is.EqualTo(10_000m));
    }

    [Test]
    public void Recompute_OverSeededRows_Should_FindTheDealsTouchLogAlreadyMatchesItsActivityRows()
    {
        // Arrange: the touch log as seeded (the meeting of 3 Nov, then the call of 12 Nov).
        var seeded = TouchLogOf(org.SystemService.Retrieve(OpportunityColumns.EntityName, RowIds.For("opp-1"), new ColumnSet(OpportunityColumns.TouchLog)));

        // Act: the scheduler's loop over the nightly custom API.
        var token = "";
        do
        {
            var request = new OrganizationRequest(MessageNames.RecalculateScorecards) { [MessageNames.ContinuationTokenParameter] = token };
            token = (string)org.SystemService.Execute(request).Results[MessageNames.NextContinuationTokenParameter];
        }
        while (token.Length > 0);

        // Assert: rebuilt from the activity rows, the log is the seeded one; the rep got the period's scorecard.
        var after = org.SystemService.Retrieve(OpportunityColumns.EntityName, RowIds.For("opp-1"), new ColumnSet(OpportunityColumns.TouchLog, OpportunityColumns.ActivityCount, OpportunityColumns.LastTouchOn));
        Assert.That(TouchLogOf(after), Is.EqualTo(seeded));
        Assert.That(seeded, Is.EqualTo(new[] { (RowIds.For("meeting-1").ToString(), "meeting"), (RowIds.For("call-1").ToString(), "call") }));
        Assert.That(after.GetAttributeValue<int?>(OpportunityColumns.ActivityCount), Is.EqualTo(2));
        Assert.That(after.GetAttributeValue<DateTime?>(OpportunityColumns.LastTouchOn), Is.EqualTo(new DateTime(2026, 11, 12, 10, 0, 0)));
        var card = org.SystemService.Retrieve(ScorecardColumns.EntityName, RowIds.For("rep-0001|2026-11"), new ColumnSet(ScorecardColumns.Tier, ScorecardColumns.Quota));
        Assert.That(card.Contains(ScorecardColumns.Tier), Is.True);
        Assert.That(card.GetAttributeValue<Money>(ScorecardColumns.Quota).Value, Is.EqualTo(10_000m));
    }

    private static (string, string)[] TouchLogOf(Entity row) =>
        PluginDeals.TouchLog.Read(row.GetAttributeValue<string>(OpportunityColumns.TouchLog)).Entries.Select(e => (e.ActivityId, e.Kind)).ToArray();

    private static Activity Touch(string id, ActivityKind kind, DateTime on) => new()
    {
        Id = id, Kind = kind, OwnerId = "rep-0001", RegardingOpportunityId = "opp-1", CreatedOn = on.AddHours(-1), CompletedOn = on, Status = ActivityStatus.Completed,
    };
}
