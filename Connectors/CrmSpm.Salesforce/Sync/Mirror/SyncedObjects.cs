using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Config;
using CrmSpm.Salesforce.Query;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync.Mirror;

/// <summary>
/// The six objects the sync can read, in the order it reads them. Every query runs through queryAll and selects
/// IsDeleted where the object has one (User has none: users are deactivated, never deleted), so deletions reach the
/// mirror; archived Tasks and Events stay (they are history). Changes are found by SystemModstamp, which all six have.
/// </summary>
public static class SyncedObjects
{
    public static readonly SyncedObject User = UserReading(territorySizeField: null);

    public static readonly SyncedObject Account = new(F.Objects.Account,
        Fields(F.Name, F.OwnerId),
        (mirror, r) => Put(mirror.Accounts, r, keep: true, () => new AccountRow(r.RequireId(), r.GetString(F.Name) ?? "", r.GetString(F.OwnerId))));

    public static readonly SyncedObject Opportunity = new(F.Objects.Opportunity,
        Fields(F.Name, F.OwnerId, F.Opportunity.AccountId, F.Opportunity.StageName, F.Opportunity.Amount, F.Opportunity.CloseDate,
            F.Opportunity.IsClosed, F.Opportunity.IsWon, F.Opportunity.ForecastCategoryName, F.Opportunity.NextStep, F.CreatedDate, F.LastModifiedDate),
        (mirror, r) => Put(mirror.Opportunities, r, keep: true, () => new OpportunityRow(r.RequireId(), r.GetString(F.Name) ?? "",
            r.GetString(F.OwnerId) ?? "", r.GetString(F.Opportunity.AccountId), r.GetString(F.Opportunity.StageName) ?? "",
            r.GetDecimal(F.Opportunity.Amount), r.GetDate(F.Opportunity.CloseDate), r.GetBoolean(F.Opportunity.IsClosed),
            r.GetBoolean(F.Opportunity.IsWon), r.GetString(F.Opportunity.ForecastCategoryName), r.GetString(F.Opportunity.NextStep),
            Required(r, F.CreatedDate), r.GetDateTime(F.LastModifiedDate) ?? Required(r, F.CreatedDate))
            {
                CurrencyIsoCode = r.GetString(F.CurrencyIsoCode),
                Territory2Id = r.GetString(F.Opportunity.Territory2Id),
                RecordTypeId = r.GetString(F.RecordTypeId),
            }),
        optionalFields: new[] { F.CurrencyIsoCode, F.Opportunity.Territory2Id, F.RecordTypeId });

    public static readonly SyncedObject OpportunityHistory = new(F.Objects.OpportunityHistory,
        Fields(F.OpportunityHistory.OpportunityId, F.OpportunityHistory.StageName, F.OpportunityHistory.CloseDate, F.CreatedDate),
        (mirror, r) => Put(mirror.OpportunityHistory, r, keep: true, () => new OpportunityHistoryRow(r.RequireId(),
            r.GetString(F.OpportunityHistory.OpportunityId) ?? "", r.GetString(F.OpportunityHistory.StageName),
            r.GetDate(F.OpportunityHistory.CloseDate), Required(r, F.CreatedDate))));

    public static readonly SyncedObject Task = new(F.Objects.Task,
        Fields(F.OwnerId, F.Activity.WhatId, F.Activity.WhoId, F.Activity.AccountId, F.Activity.ActivityDate, F.Task.IsClosed,
            F.Task.TaskSubtype, F.Task.CompletedDateTime, F.Task.CallDurationInSeconds, F.CreatedDate),
        ApplyTask,
        // Subject only tells list emails apart (a list email without one counts once per owner and day).
        optionalFields: new[] { F.Activity.IsRecurrence, F.Activity.Subject },
        customFields: new[] { F.Tip.Key, F.Tip.Response, F.Tip.DismissReason, F.Tip.SnoozedUntil, F.Tip.ClosedReason });

    public static readonly SyncedObject Event = new(F.Objects.Event,
        Fields(F.OwnerId, F.Activity.WhatId, F.Activity.WhoId, F.Activity.AccountId, F.Event.StartDateTime, F.Event.EndDateTime,
            F.Event.DurationInMinutes, F.CreatedDate),
        (mirror, r) => Put(mirror.Activities, r, IsRepActivity(r), () => new ActivityRow(r.RequireId(), F.Objects.Event, null, r.GetString(F.OwnerId) ?? "",
            r.GetString(F.Activity.WhatId), r.GetString(F.Activity.WhoId), r.GetString(F.Activity.AccountId), false,
            r.GetDateTime(F.Event.StartDateTime), r.GetDateTime(F.Event.EndDateTime), r.GetDateTime(F.Event.EndDateTime),
            (int)(r.GetDecimal(F.Event.DurationInMinutes) ?? 0), Required(r, F.CreatedDate))),
        optionalFields: new[] { F.Activity.IsRecurrence, F.Event.IsChild, F.Event.GroupEventType });

    public static readonly IReadOnlyList<SyncedObject> All = new[] { User, Account, Opportunity, OpportunityHistory, Task, Event };

    /// <summary>User and Opportunity are needed to score anything, Task to read the reps' responses.</summary>
    public static readonly IReadOnlyList<string> RequiredObjects = new[] { F.Objects.User, F.Objects.Opportunity, F.Objects.Task };

    public static SyncedObject? Find(string name) =>
        All.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The named objects (config file order), with User reading the config's territory-size field when one is named.</summary>
    public static IReadOnlyList<SyncedObject> For(IEnumerable<string> names, string? territorySizeField) =>
        names.Select(name => Find(name) ?? throw new ArgumentException($"'{name}' is not an object the sync reads.", nameof(names)))
            .Select(o => o == User && territorySizeField is not null ? UserReading(territorySizeField) : o)
            .ToList();

    /// <summary>User; with <paramref name="territorySizeField"/>, also that field's value, kept as sent and checked when scoring.</summary>
    public static SyncedObject UserReading(string? territorySizeField) => new(F.Objects.User,
        new[] { F.Id, F.SystemModstamp, F.Name, F.User.IsActive, F.User.ManagerId, F.User.UserRoleId, F.CreatedDate },
        (mirror, r) => Put(mirror.Users, r, keep: true, () => new UserRow(r.RequireId(), r.GetString(F.Name) ?? "", r.GetBoolean(F.User.IsActive),
            r.GetString(F.User.ManagerId), r.GetString(F.User.UserRoleId), Required(r, F.CreatedDate))
        {
            TerritorySize = territorySizeField is null ? null : AsText(r.Get(territorySizeField)),
        }),
        configuredFields: territorySizeField is null ? null : new[] { new ConfiguredField(ConfigKeys.TerritorySizeField, territorySizeField) });

    private static IReadOnlyList<string> Fields(params string[] fields) =>
        new[] { F.Id, F.IsDeleted, F.SystemModstamp }.Concat(fields).ToList();

    private static void ApplyTask(OrgMirror mirror, SObjectRecord r)
    {
        var key = r.GetString(F.Tip.Key);
        if (key is null)
        {
            var subtype = r.GetString(F.Task.TaskSubtype);
            Put(mirror.Activities, r, IsRepActivity(r), () => new ActivityRow(r.RequireId(), F.Objects.Task, subtype,
                r.GetString(F.OwnerId) ?? "", r.GetString(F.Activity.WhatId), r.GetString(F.Activity.WhoId), r.GetString(F.Activity.AccountId),
                r.GetBoolean(F.Task.IsClosed), r.GetDate(F.Activity.ActivityDate), r.GetDateTime(F.Task.CompletedDateTime), null,
                (int)((r.GetDecimal(F.Task.CallDurationInSeconds) ?? 0) / 60), Required(r, F.CreatedDate))
            {
                Subject = subtype == F.Task.SubtypeListEmail ? r.GetString(F.Activity.Subject) : null,
            });
            return;
        }

        // Coaching tasks are kept even when deleted: deleting one is how some reps dismiss a tip.
        mirror.CoachingTasks[key] = new CoachingTaskRow(r.RequireId(), key, r.GetBoolean(F.IsDeleted), r.GetBoolean(F.Task.IsClosed),
            r.GetString(F.Tip.Response), r.GetString(F.Tip.DismissReason), r.GetDateTime(F.Tip.SnoozedUntil),
            r.GetString(F.Tip.ClosedReason), Required(r, F.SystemModstamp));
    }

    // Rows that repeat what a rep did are left out, so each thing done counts once. The series record of a recurring
    // task or event only holds the pattern, and its occurrences are rows of their own: IsRecurrence (Task and Event,
    // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm,
    // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_event.htm),
    // or GroupEventType 3 for Lightning recurring events (IsRecurrence2,
    // https://developer.salesforce.com/docs/platform/change-data-capture/guide/cdc-standard-objects-task-event-recurring.html).
    // Each invited user gets a child copy of the organiser's event, owned by the invitee (IsChild,
    // https://developer.salesforce.com/docs/platform/change-data-capture/guide/cdc-standard-objects-task-event-invitees.html).
    private static bool IsRepActivity(SObjectRecord record) =>
        !record.GetBoolean(F.Activity.IsRecurrence) && !record.GetBoolean(F.Event.IsChild)
        && record.GetString(F.Event.GroupEventType) != F.Event.GroupEventTypeSeriesPattern;

    // A configured field may be a number, text or anything else; the scoring side decides what it can use.
    private static string? AsText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    private static void Put<T>(Dictionary<string, T> rows, SObjectRecord record, bool keep, Func<T> create)
    {
        var id = record.RequireId();
        if (record.GetBoolean(F.IsDeleted) || !keep)
        {
            rows.Remove(id);
        }
        else
        {
            rows[id] = create();
        }
    }

    private static DateTimeOffset Required(SObjectRecord record, string field) =>
        record.GetDateTime(field) ?? throw new FormatException($"{record}: {field} is missing.");
}
