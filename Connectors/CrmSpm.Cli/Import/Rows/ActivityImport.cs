using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>
/// Activity rows → Core's <see cref="Activity"/>, each regarding a loaded opportunity. A done activity is a touch at
/// its date; an open one is a plan due then. One dated before its deal existed (an email before the opportunity was
/// opened) counts from the deal's creation, with a note.
/// </summary>
internal static class ActivityImport
{
    /// <summary>Activity type names every mapping understands (a mapping's activityKinds add to them).</summary>
    private static readonly Dictionary<string, ActivityKind> BuiltInKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = ActivityKind.Call, ["phone call"] = ActivityKind.Call, ["phonecall"] = ActivityKind.Call,
        ["email"] = ActivityKind.Email, ["e-mail"] = ActivityKind.Email,
        ["meeting"] = ActivityKind.Meeting, ["appointment"] = ActivityKind.Meeting, ["event"] = ActivityKind.Meeting,
        ["task"] = ActivityKind.Task,
    };

    public static List<Activity> Read(CsvTable table, RowReader reader, ImportMapping mapping, IReadOnlyDictionary<string, Opportunity> deals, ISet<string> reps)
    {
        var columns = mapping.Activities;
        var id = table.Column(columns.Id, "activities.id", false);
        var kind = table.Column(columns.Kind, "activities.kind", true);
        var owner = table.Column(columns.Owner, "activities.owner", false);
        var regarding = table.Column(columns.Opportunity, "activities.opportunity", true);
        var date = table.Column(columns.Date, "activities.date", true);
        var status = table.Column(columns.Status, "activities.status", false);
        var kinds = new Dictionary<string, ActivityKind>(BuiltInKinds, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in mapping.ActivityKinds ?? new Dictionary<string, string>())
        {
            if (!BuiltInKinds.TryGetValue(pair.Value, out var target))
            {
                throw new ImportConfigurationException("activityKinds maps \"" + pair.Key + "\" to \"" + pair.Value + "\"; it must be call, email, meeting or task.");
            }

            kinds[pair.Key] = target;
        }

        var completed = new HashSet<string>((mapping.ActivityCompletedValues ?? new List<string>()).Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var activities = new List<Activity>();
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            var activityId = reader.Text(id).Length > 0 ? reader.Text(id) : table.File + ":" + row.Line;
            if (!reader.FirstTime(seen, activityId, "activity")
                || !reader.Required(kind, "the activity type", out var kindText)
                || !Kind(reader, kinds, kindText, out var activityKind, kind)
                || !reader.Required(regarding, "the opportunity", out var dealId)
                || !Deal(reader, deals, dealId, out var deal, regarding)
                || !reader.Date(date, "the date", out var when)
                || !(when.HasValue || reader.Skip(ImportIssueKind.MissingValue, "the date is blank", date)))
            {
                continue;
            }

            var ownerId = reader.Text(owner).Length > 0 ? reader.Text(owner) : deal.OwnerId;
            if (!reps.Contains(ownerId))
            {
                reader.Skip(ImportIssueKind.UnknownOwner, "owner \"" + ownerId + "\" is not a user who owns opportunities");
                continue;
            }

            var on = when!.Value;
            if (on < deal.CreatedOn)
            {
                reader.Note(ImportIssueKind.ActivityBeforeDeal, "dated before opportunity \"" + dealId + "\" was created; counted from its creation");
                on = deal.CreatedOn;
            }

            var done = status < 0 || completed.Contains(reader.Text(status));
            activities.Add(new Activity
            {
                Id = activityId,
                Kind = activityKind,
                OwnerId = ownerId,
                RegardingOpportunityId = deal.Id,
                RegardingAccountId = deal.AccountId,
                CreatedOn = on,
                CompletedOn = done ? on : null,
                DueOn = done ? null : on,
                Status = done ? ActivityStatus.Completed : ActivityStatus.Open,
            });
        }

        return activities;
    }

    private static bool Kind(RowReader reader, Dictionary<string, ActivityKind> kinds, string text, out ActivityKind kind, int column) =>
        kinds.TryGetValue(text, out kind)
        || reader.Skip(ImportIssueKind.UnknownActivityKind, "activity type \"" + text + "\" is not a call, email, meeting or task (map it under activityKinds)", column);

    private static bool Deal(RowReader reader, IReadOnlyDictionary<string, Opportunity> deals, string id, out Opportunity deal, int column) =>
        deals.TryGetValue(id, out deal!)
        || reader.Skip(ImportIssueKind.UnknownOpportunity, "opportunity \"" + id + "\" is not a loaded opportunity", column);
}
