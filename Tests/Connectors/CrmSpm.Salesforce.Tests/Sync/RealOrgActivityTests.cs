using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Model;
using CrmSpm.Salesforce.Json;
using CrmSpm.Salesforce.Mapping;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>
/// Activities as real orgs hold them, read through the emulator and turned into Core's snapshot: each thing a rep did
/// counts once. Recurring series (IsRecurrence: the main record holds the pattern, occurrences are rows of their own,
/// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
/// and …/sforce_api_objects_event.htm; a Lightning series record has GroupEventType 3,
/// https://developer.salesforce.com/docs/platform/change-data-capture/guide/cdc-standard-objects-task-event-recurring.html), invitees' child events (IsChild, owned by the invitee,
/// https://developer.salesforce.com/docs/platform/change-data-capture/guide/cdc-standard-objects-task-event-invitees.html),
/// list emails (one Task per recipient, TaskSubtype ListEmail), deleted rows (queryAll returns them with IsDeleted,
/// https://developer.salesforce.com/docs/platform/api-rest/guide/resources-queryall.html) and tasks about nothing.
/// </summary>
public sealed class RealOrgActivityTests : SalesforceTestBase
{
    private string _ana = "", _ben = "", _deal = "";

    private string Insert(string type, JsonObject fields) => Emulator.Store.Insert(type, fields);

    private JsonObject Done(string subject, string? subtype = "Task", string? whatId = null, string? whoId = null) => new()
    {
        ["Subject"] = subject, ["OwnerId"] = _ana, ["TaskSubtype"] = subtype, ["Status"] = "Completed", ["WhatId"] = whatId, ["WhoId"] = whoId,
    };

    private JsonObject Meeting(string ownerId, int daysAgo) => new()
    {
        ["Subject"] = "Review", ["OwnerId"] = ownerId, ["WhatId"] = _deal,
        ["StartDateTime"] = SalesforceDateTime.Format(Now.AddDays(-daysAgo)),
        ["EndDateTime"] = SalesforceDateTime.Format(Now.AddDays(-daysAgo).AddHours(1)), ["DurationInMinutes"] = 60,
    };

    private static JsonObject With(JsonObject fields, string field, JsonNode? value)
    {
        fields[field] = value;
        return fields;
    }

    private async Task<OrgSnapshot> SnapshotAfterSyncAsync()
    {
        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));
        var state = await StateStore.LoadAsync(CancellationToken.None);
        return SnapshotBuilder.Build(state.Mirror, new Dictionary<string, double>(), Now);
    }

    [Test]
    public async Task Sync_RealOrgActivities_Should_CountEachThingTheRepDidOnce()
    {
        // Arrange: Ana's deal; Ben owns a deal too, so he is a rep and could be credited by mistake.
        await StartEmulatorAsync();
        var expected = new List<string>();
        string listEmail = "";
        SeedOrg(o =>
        {
            _ana = o.Rep("Ana Rep");
            _ben = o.Rep("Ben Rep");
            _deal = o.Deal(_ana, "Acme", new DateOnly(2026, 12, 15));
            o.Deal(_ben, "Birch", new DateOnly(2026, 12, 15));

            // A recurring task series: the main record (not done by anyone) and two done occurrences.
            var series = Insert("Task", With(Done("Weekly check-in", whatId: _deal), "IsRecurrence", true));
            expected.Add(Insert("Task", With(Done("Weekly check-in", whatId: _deal), "RecurrenceActivityId", series)));
            expected.Add(Insert("Task", With(Done("Weekly check-in", whatId: _deal), "RecurrenceActivityId", series)));

            // Ana's meeting with Ben invited: Ben's child copy repeats Ana's meeting.
            expected.Add(Insert("Event", With(Meeting(_ana, 3), "IsGroupEvent", true)));
            Insert("Event", With(Meeting(_ben, 3), "IsChild", true));

            // A recurring event series: the main record and one occurrence.
            var eventSeries = Insert("Event", With(Meeting(_ana, 2), "IsRecurrence", true));
            expected.Add(Insert("Event", With(Meeting(_ana, 2), "RecurrenceActivityId", eventSeries)));

            // A Lightning recurring event: the series record (GroupEventType 3) and two occurrences.
            Insert("Event", With(With(Meeting(_ana, 5), "IsRecurrence2", true), "GroupEventType", "3"));
            expected.Add(Insert("Event", With(Meeting(_ana, 5), "IsRecurrence2", true)));
            expected.Add(Insert("Event", With(Meeting(_ana, 4), "IsRecurrence2", true)));

            // One list email to three contacts: three Tasks, one email sent.
            listEmail = Insert("Task", Done("Spring offer", "ListEmail", whoId: "003000000000001AAA"));
            Insert("Task", Done("Spring offer", "ListEmail", whoId: "003000000000002AAA"));
            Insert("Task", Done("Spring offer", "ListEmail", whoId: "003000000000003AAA"));
            expected.Add(listEmail);

            // A call deleted before the sync, and a task about no record and no person.
            Emulator.Store.Delete(Insert("Task", Done("Call", "Call", whatId: _deal)));
            expected.Add(Insert("Task", Done("Prep the quarter")));
        });

        // Act
        var snapshot = await SnapshotAfterSyncAsync();

        // Assert: 2 task occurrences + Ana's meeting + 1 + 2 event occurrences + 1 list email + the unrelated task = 8, all Ana's.
        Assert.That(snapshot.Activities.Select(a => a.Id), Is.EquivalentTo(expected));
        Assert.That(snapshot.Activities.Select(a => a.OwnerId), Is.All.EqualTo(_ana));
        var email = snapshot.Activities.Single(a => a.Id == listEmail);
        Assert.That((email.Kind, email.ContactId, email.RegardingOpportunityId, email.IsCompleted),
            Is.EqualTo((ActivityKind.Email, (string?)null, (string?)null, true)), "three recipients: about no single contact");
        var unrelated = snapshot.Activities.Single(a => a.Id == expected[^1]);
        Assert.That((unrelated.Kind, unrelated.RegardingOpportunityId, unrelated.ContactId, unrelated.IsCompleted),
            Is.EqualTo((ActivityKind.Task, (string?)null, (string?)null, true)));
        Assert.That(snapshot.Opportunities.Single(d => d.Id == _deal).ContactsEngaged, Is.EqualTo(0));
    }

    [Test]
    public async Task Sync_ActivityDeletedAfterTheFirstRun_Should_LeaveTheMirror()
    {
        // Arrange: a call read by the first run, then deleted in Salesforce.
        await StartEmulatorAsync();
        var call = "";
        SeedOrg(o =>
        {
            _ana = o.Rep("Ana Rep");
            _deal = o.Deal(_ana, "Acme", new DateOnly(2026, 12, 15));
            call = o.Call(_ana, _deal, Now.AddDays(-1));
        });
        Assert.That((await SnapshotAfterSyncAsync()).Activities.Select(a => a.Id), Is.EqualTo(new[] { call }));
        Emulator.Store.Delete(call);

        // Act
        Time.SetUtcNow(Now.AddHours(1));
        await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Assert
        Assert.That((await StateStore.LoadAsync(CancellationToken.None)).Mirror.Activities, Is.Empty);
    }

    [Test]
    public async Task Sync_Queries_Should_SelectTheSeriesAndInviteeFlagsTheOrgHas()
    {
        await StartEmulatorAsync();
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 12, 15)));

        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));

        var queries = Emulator.Stats.ReceivedQueries;
        Assert.That(queries.Single(q => q.Contains("FROM Task WHERE")), Does.Contain("IsRecurrence").And.Contains("Subject"));
        Assert.That(queries.Single(q => q.Contains("FROM Event WHERE")), Does.Contain("IsRecurrence").And.Contains("IsChild").And.Contains("GroupEventType"));
    }

    [Test]
    public void SyncedObjects_SeriesAndInviteeFlags_Should_BeReadOnlyWhenTheDescribeListsThem()
    {
        // An org without recurring activities has no IsRecurrence to select; its rows then all count.
        Assert.That(SyncedObjects.Task.FieldsFor(new HashSet<string>()), Does.Not.Contain("IsRecurrence"));
        Assert.That(SyncedObjects.Event.FieldsFor(new HashSet<string> { "IsRecurrence" }), Does.Contain("IsRecurrence").And.Not.Contain("IsChild"));
    }

    [Test]
    public async Task Sync_StateOfAnOlderConnector_Should_ReadActivitiesAgainOnceAndDropWhatRepeats()
    {
        // Arrange: a state saved by a connector that kept a series' main record and an invitee's copy in the mirror,
        // and did not record which fields it read.
        await StartEmulatorAsync();
        string series = "", occurrence = "", child = "";
        SeedOrg(o =>
        {
            _ana = o.Rep("Ana Rep");
            _ben = o.Rep("Ben Rep");
            _deal = o.Deal(_ana, "Acme", new DateOnly(2026, 12, 15));
            series = Insert("Task", With(Done("Weekly check-in", whatId: _deal), "IsRecurrence", true));
            occurrence = Insert("Task", With(Done("Weekly check-in", whatId: _deal), "RecurrenceActivityId", series));
            Insert("Event", Meeting(_ana, 3));
            child = Insert("Event", With(Meeting(_ben, 3), "IsChild", true));
        });
        await RunSyncAsync(Now, ProfileWithOnly(RuleIds.PastDueCloseDate));
        var old = await StateStore.LoadAsync(CancellationToken.None);
        var kept = old.Mirror.Activities[occurrence];
        old.Mirror.Activities[series] = kept with { Id = series };
        old.Mirror.Activities[child] = kept with { Id = child, SObjectType = "Event", OwnerId = _ben };
        old.ReadFields.Clear();
        await StateStore.SaveAsync(old, CancellationToken.None);

        // Act: an hour later, nothing changed in Salesforce.
        var summary = await RunSyncAsync(Now.AddHours(1), ProfileWithOnly(RuleIds.PastDueCloseDate));

        // Assert: every object read again from the start (4 activities), the repeats gone; a third run reads nothing.
        Assert.That(summary.RowsRead["Task"] + summary.RowsRead["Event"], Is.EqualTo(4));
        var mirror = (await StateStore.LoadAsync(CancellationToken.None)).Mirror;
        Assert.That(mirror.Activities.Keys, Does.Not.Contain(series).And.Not.Contain(child));
        Assert.That(mirror.Activities, Has.Count.EqualTo(2));
        var third = await RunSyncAsync(Now.AddHours(2), ProfileWithOnly(RuleIds.PastDueCloseDate));
        Assert.That(third.RowsRead.Values, Is.All.EqualTo(0));
    }
}
