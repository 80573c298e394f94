using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CrmSpm.Core.Coaching;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>
/// A Core tip as a Salesforce Task. Status is written only when a tip is (re)shown, so updating an open tip
/// never undoes what the rep did with it. Texts are cut to the field lengths instead of failing the record.
/// </summary>
public static class TipTaskBuilder
{
    private const int SubjectLength = 255;
    private const int DescriptionLength = 32000;
    private const int RuleLength = 80;
    private const int EvidenceLength = 32768;

    /// <summary>The fields of the tip's task, without Status (see <see cref="Reopen"/>).</summary>
    public static JsonObject Build(CoachingTip tip)
    {
        var evidence = new JsonObject();
        foreach (var item in tip.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            evidence[item.Key] = item.Value;
        }

        return new JsonObject
        {
            [F.Tip.Key] = tip.Key,
            [F.Activity.Subject] = Cut(tip.Title, SubjectLength),
            [F.Activity.Description] = Cut(TipWording.Description(tip), DescriptionLength),
            [F.OwnerId] = tip.AssigneeId,
            [F.Activity.WhatId] = tip.RecordType == TipRecordTypes.Opportunity ? tip.RecordId : null,
            [F.Activity.ActivityDate] = tip.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [F.Task.Priority] = tip.Severity == Severity.High ? F.Task.PriorityHigh : F.Task.PriorityNormal,
            [F.Tip.Rule] = Cut(tip.RuleId, RuleLength),
            [F.Tip.Severity] = tip.Severity.ToString(),
            [F.Tip.Evidence] = Cut(evidence.ToJsonString(), EvidenceLength),
        };
    }

    /// <summary>Adds what (re)opening a tip sets: open status and a clean slate for the rep's answer.</summary>
    public static JsonObject Reopen(JsonObject task)
    {
        task[F.Task.Status] = F.Task.StatusNotStarted;
        task[F.Tip.ClosedReason] = null;
        task[F.Tip.Response] = null;
        task[F.Tip.DismissReason] = null;
        task[F.Tip.SnoozedUntil] = null;
        return task;
    }

    /// <summary>The update that closes a tip whose condition cleared.</summary>
    public static JsonObject Close(string taskId) => new()
    {
        [F.Id] = taskId,
        [F.Task.Status] = F.Task.StatusCompleted,
        [F.Tip.ClosedReason] = F.Tip.ClosedReasonCleared,
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
