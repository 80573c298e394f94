using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Time;
using CrmSpm.Salesforce.Sync.Mirror;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>
/// Turns the mirror into Core's <see cref="OrgSnapshot"/>. Salesforce specifics decided here:
/// reps are active users who own a deal or an activity; a Task is a call/email/task by its subtype, an Event
/// a meeting that counts as held once it has ended; the per-recipient rows of one list email are one email;
/// stage history and close-date pushes come from OpportunityHistory; contacts engaged = distinct contacts
/// (WhoId 003…) on the deal's activities; a rep's territory size comes from the configured User field.
/// Salesforce has no standard quota object, so quotas stay empty (attainment is then not scored).
/// </summary>
public static class SnapshotBuilder
{
    private const string OpportunityPrefix = "006";
    private const string ContactPrefix = "003";

    /// <param name="issues">Receives what is wrong in the rows and what was done about it (e.g. a territory size that is not a number).</param>
    public static OrgSnapshot Build(OrgMirror mirror, IReadOnlyDictionary<string, double> previousAdoption, DateTimeOffset now,
        ICollection<DataIssue>? issues = null)
    {
        var activities = OnePerListEmail(mirror.Activities.Values).OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => ToActivity(a, now)).ToList();
        var contactsByDeal = activities
            .Where(a => a.RegardingOpportunityId is not null && a.ContactId is not null)
            .GroupBy(a => a.RegardingOpportunityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.ContactId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var historyByDeal = mirror.OpportunityHistory.Values
            .GroupBy(h => h.OpportunityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.CreatedDate).ThenBy(h => h.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var opportunities = mirror.Opportunities.Values.OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => ToOpportunity(o, mirror, historyByDeal, contactsByDeal)).ToList();

        var owners = new HashSet<string>(opportunities.Select(o => o.OwnerId).Concat(activities.Select(a => a.OwnerId)), StringComparer.Ordinal);
        var reps = mirror.Users.Values
            .Where(u => u.IsActive && owners.Contains(u.Id))
            .OrderBy(u => u.Id, StringComparer.Ordinal)
            .Select(u => ToRep(u, issues))
            .ToList();
        var repIds = new HashSet<string>(reps.Select(r => r.Id), StringComparer.Ordinal);

        return new OrgSnapshot
        {
            Reps = reps,
            Opportunities = opportunities.Where(o => repIds.Contains(o.OwnerId)).ToList(),
            Activities = activities.Where(a => repIds.Contains(a.OwnerId)).ToList(),
            PreviousAdoptionScores = previousAdoption.Where(p => repIds.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        };
    }

    private static Rep ToRep(UserRow user, ICollection<DataIssue>? issues) => new()
    {
        Id = user.Id,
        Name = user.Name,
        ManagerId = user.ManagerId,
        TeamId = user.RoleId,
        StartDate = user.CreatedDate.UtcDateTime,
        TerritorySize = TerritorySize(user, issues),
    };

    /// <summary>The configured field's value; blank is unknown (0: no territory adjustment, docs/scoring.md §3), and so is a bad value, with an issue.</summary>
    private static double TerritorySize(UserRow user, ICollection<DataIssue>? issues)
    {
        var text = user.TerritorySize?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var problem = !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var size) || double.IsNaN(size) || double.IsInfinity(size)
            ? $"Territory size '{text}' is not a number"
            : size < 0 ? $"Territory size {text} is negative" : null;
        if (problem is null)
        {
            return size;
        }

        issues?.Add(new DataIssue(DataIssueCodes.ImplausibleValue, RecordTypes.Rep, user.Id, problem + "; treated as unknown (no territory adjustment)."));
        return 0;
    }

    /// <summary>
    /// A list email is logged as a Task for each recipient (TaskSubtype ListEmail,
    /// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm),
    /// but the rep sent one email: the rows of one owner, subject and day become one, the lowest id, about a deal,
    /// contact or account only when every row names the same one.
    /// </summary>
    private static IEnumerable<ActivityRow> OnePerListEmail(IEnumerable<ActivityRow> rows)
    {
        var all = rows.ToList();
        var emails = all.Where(IsListEmail)
            .GroupBy(r => (r.OwnerId, r.Subject ?? "", r.CreatedDate.UtcDateTime.Date))
            .Select(email =>
            {
                var first = email.OrderBy(r => r.Id, StringComparer.Ordinal).First();
                return first with
                {
                    WhatId = Shared(email, r => r.WhatId),
                    WhoId = Shared(email, r => r.WhoId),
                    AccountId = Shared(email, r => r.AccountId),
                };
            });
        return all.Where(r => !IsListEmail(r)).Concat(emails);
    }

    private static bool IsListEmail(ActivityRow row) => row.SObjectType == F.Objects.Task && row.Subtype == F.Task.SubtypeListEmail;

    private static string? Shared(IEnumerable<ActivityRow> rows, Func<ActivityRow, string?> value)
    {
        var values = rows.Select(value).Distinct(StringComparer.Ordinal).ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static Opportunity ToOpportunity(OpportunityRow row, OrgMirror mirror,
        Dictionary<string, List<OpportunityHistoryRow>> historyByDeal, Dictionary<string, int> contactsByDeal)
    {
        var opportunity = new Opportunity
        {
            Id = row.Id,
            Name = row.Name,
            OwnerId = row.OwnerId,
            // A deal whose account was deleted has no account, as far as coaching is concerned.
            AccountId = row.AccountId is not null && (mirror.Accounts.Count == 0 || mirror.Accounts.ContainsKey(row.AccountId)) ? row.AccountId : null,
            Stage = row.StageName,
            // Amount is the pipeline amount (also on a closed deal); stock Salesforce keeps no separate close value (docs/salesforce.md).
            Amount = row.Amount ?? 0,
            EstimatedAmount = row.Amount,
            ActualAmount = null,
            EstimatedCloseDate = row.CloseDate?.UtcDateTime,
            ActualCloseDate = row.IsClosed ? row.CloseDate?.UtcDateTime : null,
            Status = !row.IsClosed ? OpportunityStatus.Open : row.IsWon ? OpportunityStatus.Won : OpportunityStatus.Lost,
            CreatedOn = row.CreatedDate.UtcDateTime,
            ModifiedOn = row.LastModifiedDate.UtcDateTime,
            NextStep = row.NextStep,
            ContactsEngaged = contactsByDeal.TryGetValue(row.Id, out var contacts) ? contacts : 0,
            ForecastCategory = ToForecastCategory(row.ForecastCategoryName),
        };

        if (historyByDeal.TryGetValue(row.Id, out var history))
        {
            AddHistory(opportunity, history);
        }

        return opportunity;
    }

    // Each OpportunityHistory row holds the values after a change: a new stage name starts a stage, a new
    // close date is a close-date change (a later one is a push).
    private static void AddHistory(Opportunity opportunity, List<OpportunityHistoryRow> history)
    {
        string? stage = null;
        DateTimeOffset? closeDate = null;
        for (var i = 0; i < history.Count; i++)
        {
            var row = history[i];
            if (row.StageName is not null && !string.Equals(row.StageName, stage, StringComparison.Ordinal))
            {
                opportunity.StageHistory.Add(new StageChange { Stage = row.StageName, EnteredOn = row.CreatedDate.UtcDateTime });
                stage = row.StageName;
            }

            if (i > 0 && row.CloseDate != closeDate)
            {
                opportunity.CloseDateChanges.Add(new CloseDateChange
                {
                    ChangedOn = row.CreatedDate.UtcDateTime,
                    OldDate = closeDate?.UtcDateTime,
                    NewDate = row.CloseDate?.UtcDateTime,
                });
            }

            closeDate = row.CloseDate;
        }
    }

    private static Activity ToActivity(ActivityRow row, DateTimeOffset now)
    {
        var isEvent = row.SObjectType == F.Objects.Event;
        var completed = isEvent ? row.EndOn is { } end && end <= now : row.IsClosed;
        return new Activity
        {
            Id = row.Id,
            Kind = isEvent ? ActivityKind.Meeting : ToKind(row.Subtype),
            OwnerId = row.OwnerId,
            RegardingOpportunityId = row.WhatId is { } what && what.StartsWith(OpportunityPrefix, StringComparison.Ordinal) ? what : null,
            RegardingAccountId = row.AccountId,
            ContactId = row.WhoId is { } who && who.StartsWith(ContactPrefix, StringComparison.Ordinal) ? who : null,
            CreatedOn = row.CreatedDate.UtcDateTime,
            DueOn = row.DueOn?.UtcDateTime,
            CompletedOn = completed ? row.CompletedOn?.UtcDateTime : null,
            Status = completed ? ActivityStatus.Completed : ActivityStatus.Open,
            DurationMinutes = row.DurationMinutes,
        };
    }

    private static ActivityKind ToKind(string? subtype) => subtype switch
    {
        "Call" => ActivityKind.Call,
        "Email" or F.Task.SubtypeListEmail or "LinkedIn" => ActivityKind.Email,
        _ => ActivityKind.Task,
    };

    private static ForecastCategory ToForecastCategory(string? name) => name switch
    {
        "Pipeline" => ForecastCategory.Pipeline,
        "Best Case" or "BestCase" => ForecastCategory.BestCase,
        "Commit" => ForecastCategory.Commit,
        "Omitted" => ForecastCategory.Omitted,
        "Closed" => ForecastCategory.Closed,
        _ => ForecastCategory.None,
    };

    /// <summary>The previous period's adoption per rep, from what earlier runs wrote.</summary>
    public static IReadOnlyDictionary<string, double> PreviousAdoption(
        IReadOnlyDictionary<string, Dictionary<string, double>> history, DateTimeOffset now)
    {
        var previous = SalesPeriod.Containing(now.UtcDateTime).Previous().Key;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var rep in history)
        {
            if (rep.Value.TryGetValue(previous, out var score))
            {
                result[rep.Key] = score;
            }
        }

        return result;
    }
}
