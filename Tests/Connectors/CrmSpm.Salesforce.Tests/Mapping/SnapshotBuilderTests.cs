using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Tests.Mapping;

public sealed class SnapshotBuilderTests : SalesforceTestBase
{
    private const string Ana = "005000000000001AAA";
    private const string Gone = "005000000000002AAA";
    private const string Deal = "006000000000001AAA";

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 0, 0, 0, TimeSpan.Zero);

    private static OrgMirror Mirror()
    {
        var mirror = new OrgMirror();
        mirror.Users[Ana] = new UserRow(Ana, "Ana Rep", true, "005000000000009AAA", "00E1", Day(1, 5));
        mirror.Users[Gone] = new UserRow(Gone, "Gone Rep", false, null, null, Day(1, 5));
        mirror.Opportunities[Deal] = new OpportunityRow(Deal, "Acme", Ana, "001000000000001AAA", "Develop", 5000m, Day(12, 15),
            false, false, "Best Case", "Demo", Day(10, 1), Day(10, 20));
        mirror.Opportunities["006000000000002AAA"] = new OpportunityRow("006000000000002AAA", "Won deal", Ana, null, "Close", 900m, Day(11, 2),
            true, true, "Closed", null, Day(9, 1), Day(11, 2));
        mirror.Opportunities["006000000000003AAA"] = new OpportunityRow("006000000000003AAA", "Orphan", Gone, null, "Qualify", 1m, null,
            false, false, null, null, Day(9, 1), Day(9, 1));
        return mirror;
    }

    [Test]
    public void Build_HistoryRows_Should_GiveStageEntriesAndCloseDatePushes()
    {
        // Arrange: Qualify (due 11-30) on 10-01, Develop (due 11-30) on 10-10, Develop (due 12-15) on 10-20.
        var mirror = Mirror();
        mirror.OpportunityHistory["008A"] = new OpportunityHistoryRow("008A", Deal, "Qualify", Day(11, 30), Day(10, 1));
        mirror.OpportunityHistory["008B"] = new OpportunityHistoryRow("008B", Deal, "Develop", Day(11, 30), Day(10, 10));
        mirror.OpportunityHistory["008C"] = new OpportunityHistoryRow("008C", Deal, "Develop", Day(12, 15), Day(10, 20));

        // Act
        var deal = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now).Opportunities.Single(o => o.Id == Deal);

        // Assert: two stage entries; one close-date change, 11-30 → 12-15 on 10-20, which is a push.
        Assert.That(deal.StageHistory.Select(s => (s.Stage, s.EnteredOn)), Is.EqualTo(new[]
        {
            ("Qualify", Day(10, 1).UtcDateTime), ("Develop", Day(10, 10).UtcDateTime),
        }));
        Assert.That(deal.CloseDateChanges, Has.Count.EqualTo(1));
        Assert.That((deal.CloseDateChanges[0].ChangedOn, deal.CloseDateChanges[0].OldDate, deal.CloseDateChanges[0].NewDate, deal.CloseDateChanges[0].IsPush),
            Is.EqualTo((Day(10, 20).UtcDateTime, (DateTime?)Day(11, 30).UtcDateTime, (DateTime?)Day(12, 15).UtcDateTime, true)));
        Assert.That(deal.ForecastCategory, Is.EqualTo(ForecastCategory.BestCase));
    }

    [Test]
    public void Build_Users_Should_ScoreOnlyActiveOwnersAndTheirRecords()
    {
        // Act
        var snapshot = SnapshotBuilder.Build(Mirror(), new Dictionary<string, double>(), Now);

        // Assert: Gone is inactive, so neither Gone nor the orphan deal is scored.
        Assert.That(snapshot.Reps.Select(r => r.Id), Is.EqualTo(new[] { Ana }));
        Assert.That(snapshot.Reps[0].ManagerId, Is.EqualTo("005000000000009AAA"));
        Assert.That(snapshot.Opportunities.Select(o => o.Name), Is.EquivalentTo(new[] { "Acme", "Won deal" }));
        var won = snapshot.Opportunities.Single(o => o.Name == "Won deal");
        Assert.That((won.Status, won.ActualCloseDate), Is.EqualTo((OpportunityStatus.Won, (DateTime?)Day(11, 2).UtcDateTime)));
    }

    [Test]
    public void Build_TasksAndEvents_Should_MapKindStatusAndContactsEngaged()
    {
        // Arrange: a call and an email with contact 003A, an ended meeting with 003B, a future meeting with 003A.
        var mirror = Mirror();
        mirror.Activities["00T1"] = new ActivityRow("00T1", "Task", "Call", Ana, Deal, "003A", null, true, null, Day(11, 1), null, 0, Day(11, 1));
        mirror.Activities["00T2"] = new ActivityRow("00T2", "Task", "Email", Ana, Deal, "003A", null, false, Day(11, 30), null, null, 0, Day(11, 3));
        mirror.Activities["00U1"] = new ActivityRow("00U1", "Event", null, Ana, Deal, "003B", null, false, Day(11, 5), Day(11, 5).AddHours(1), Day(11, 5).AddHours(1), 60, Day(11, 4));
        mirror.Activities["00U2"] = new ActivityRow("00U2", "Event", null, Ana, Deal, "003A", null, false, Day(12, 1), Day(12, 1).AddHours(1), Day(12, 1).AddHours(1), 60, Day(11, 4));

        // Act
        var snapshot = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now);

        // Assert: contacts engaged = {003A, 003B} = 2.
        var byId = snapshot.Activities.ToDictionary(a => a.Id);
        Assert.That((byId["00T1"].Kind, byId["00T1"].Status), Is.EqualTo((ActivityKind.Call, ActivityStatus.Completed)));
        Assert.That((byId["00T2"].Kind, byId["00T2"].Status), Is.EqualTo((ActivityKind.Email, ActivityStatus.Open)));
        Assert.That((byId["00U1"].Kind, byId["00U1"].Status, byId["00U1"].DurationMinutes), Is.EqualTo((ActivityKind.Meeting, ActivityStatus.Completed, 60)));
        Assert.That(byId["00U2"].Status, Is.EqualTo(ActivityStatus.Open));
        Assert.That(byId["00T1"].RegardingOpportunityId, Is.EqualTo(Deal));
        Assert.That(snapshot.Opportunities.Single(o => o.Id == Deal).ContactsEngaged, Is.EqualTo(2));
    }

    [Test]
    public void Build_AccountDeletedInSalesforce_Should_LeaveTheDealWithoutAccount()
    {
        // Arrange: accounts are synced, but the deal's account is not among them any more.
        var mirror = Mirror();
        mirror.Accounts["001000000000002AAA"] = new AccountRow("001000000000002AAA", "Other", Ana);

        // Act
        var deal = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now).Opportunities.Single(o => o.Id == Deal);

        // Assert
        Assert.That(deal.AccountId, Is.Null);
    }

    [Test]
    public void PreviousAdoption_Should_TakeLastMonthsScore()
    {
        // Arrange: Now is 2026-11-20, so the previous period is 2026-10.
        var history = new Dictionary<string, Dictionary<string, double>>
        {
            [Ana] = new() { ["2026-09"] = 40, ["2026-10"] = 55.5, ["2026-11"] = 60 },
        };

        // Act / Assert
        Assert.That(SnapshotBuilder.PreviousAdoption(history, Now)[Ana], Is.EqualTo(55.5));
    }

    [Test]
    public void Build_Amount_Should_BeThePipelineAmountOfOpenAndClosedDealsWithNoSeparateCloseValue()
    {
        // Opportunity.Amount is the deal's estimated total sale amount, open or closed; stock Salesforce has no
        // close-value field (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm).
        // Act
        var snapshot = SnapshotBuilder.Build(Mirror(), new Dictionary<string, double>(), Now);

        // Assert
        var open = snapshot.Opportunities.Single(o => o.Name == "Acme");
        var won = snapshot.Opportunities.Single(o => o.Name == "Won deal");
        Assert.That((open.EstimatedAmount, open.ActualAmount, open.PipelineAmount), Is.EqualTo(((decimal?)5000m, (decimal?)null, 5000m)));
        Assert.That((won.EstimatedAmount, won.ActualAmount, won.PipelineAmount), Is.EqualTo(((decimal?)900m, (decimal?)null, 900m)));
    }

    [TestCase("120", 120.0)]
    [TestCase("37.5", 37.5)]
    [TestCase(" 80 ", 80.0)]
    [TestCase("0", 0.0)]
    [TestCase(null, 0.0)]
    [TestCase("", 0.0)]
    public void Build_TerritorySize_Should_BeTheFieldsNumber(string? value, double expected)
    {
        // Arrange: a number field arrives as a JSON number (kept as its text), a text field as text. Blank is unknown (0).
        var mirror = Mirror();
        mirror.Users[Ana] = mirror.Users[Ana] with { TerritorySize = value };
        var issues = new List<DataIssue>();

        // Act
        var rep = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now, issues).Reps.Single();

        // Assert
        Assert.That(rep.TerritorySize, Is.EqualTo(expected));
        Assert.That(issues, Is.Empty);
    }

    [TestCase("lots", "Territory size 'lots' is not a number; treated as unknown (no territory adjustment).")]
    [TestCase("1,200", "Territory size '1,200' is not a number; treated as unknown (no territory adjustment).")]
    [TestCase("true", "Territory size 'true' is not a number; treated as unknown (no territory adjustment).")]
    [TestCase("-5", "Territory size -5 is negative; treated as unknown (no territory adjustment).")]
    public void Build_UnusableTerritorySize_Should_BeUnknownWithADataIssueNamingTheRep(string value, string message)
    {
        // Arrange
        var mirror = Mirror();
        mirror.Users[Ana] = mirror.Users[Ana] with { TerritorySize = value };
        var issues = new List<DataIssue>();

        // Act
        var rep = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now, issues).Reps.Single();

        // Assert: 0 is Core's "unknown" (territory factor 1, docs/scoring.md §3).
        Assert.That(rep.TerritorySize, Is.EqualTo(0));
        Assert.That(issues.Select(i => (i.Code, i.RecordType, i.RecordId, i.Message)),
            Is.EqualTo(new[] { (DataIssueCodes.ImplausibleValue, RecordTypes.Rep, (string?)Ana, message) }));
    }

    [Test]
    public void Build_ListEmails_Should_CountOnePerOwnerSubjectAndDay()
    {
        // Arrange: "Offer" to two contacts of the deal on 11-02 (one email), "Offer" again on 11-03 to one contact
        // (another email), and "News" on 11-02 to a contact (a third).
        var mirror = Mirror();
        ActivityRow Email(string id, string who, DateTimeOffset created, string subject) =>
            new ActivityRow(id, "Task", "ListEmail", Ana, Deal, who, null, true, null, created, null, 0, created) { Subject = subject };
        mirror.Activities["00T3"] = Email("00T3", "003B", Day(11, 2).AddHours(9), "Offer");
        mirror.Activities["00T2"] = Email("00T2", "003A", Day(11, 2).AddHours(9), "Offer");
        mirror.Activities["00T4"] = Email("00T4", "003A", Day(11, 3).AddHours(9), "Offer");
        mirror.Activities["00T5"] = Email("00T5", "003C", Day(11, 2).AddHours(10), "News");

        // Act
        var snapshot = SnapshotBuilder.Build(mirror, new Dictionary<string, double>(), Now);

        // Assert: three emails; the first keeps its deal (both rows name it) but no contact (they differ).
        var byId = snapshot.Activities.ToDictionary(a => a.Id);
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { "00T2", "00T4", "00T5" }));
        Assert.That(byId.Values.Select(a => a.Kind), Is.All.EqualTo(ActivityKind.Email));
        Assert.That((byId["00T2"].RegardingOpportunityId, byId["00T2"].ContactId), Is.EqualTo(((string?)Deal, (string?)null)));
        Assert.That(byId["00T4"].ContactId, Is.EqualTo("003A"));
        Assert.That(snapshot.Opportunities.Single(o => o.Id == Deal).ContactsEngaged, Is.EqualTo(2), "003A and 003C");
    }
}
