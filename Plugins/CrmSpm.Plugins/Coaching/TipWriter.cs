using System;
using System.Collections.Generic;
using CrmSpm.Core.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Writes tips as <c>task</c> rows. Every write addresses the task by the id derived from the tip's key, so the same
/// tip written twice (two events at once, a retried event) is one row: Upsert creates it or updates it in place.
/// </summary>
public sealed class TipWriter
{
    private const int OpenStatusNotStarted = 2;
    private const int CompletedStatus = 5;

    private readonly IOrganizationService _service;

    public TipWriter(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Creates the tip's task, or reopens and refreshes it when it exists; <paramref name="owner"/> is who acts on it.</summary>
    public void Raise(CoachingTip tip, EntityReference regarding, EntityReference? owner, int showCount)
    {
        var task = new Entity(CoachingTipColumns.EntityName, TipIdentity.ForKey(tip.Key))
        {
            [ActivityColumns.Subject] = Truncate(tip.Title, 200),
            [ActivityColumns.Description] = DescriptionOf(tip),
            [ActivityColumns.ScheduledEnd] = tip.DueOn,
            [ActivityColumns.RegardingObjectId] = regarding,
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Open),
            [ActivityColumns.StatusCode] = new OptionSetValue(OpenStatusNotStarted),
            [CoachingTipColumns.RuleId] = tip.RuleId,
            [CoachingTipColumns.TipKey] = tip.Key,
            [CoachingTipColumns.Severity] = new OptionSetValue(TipSeverityChoice.Low + (int)tip.Severity),
            [CoachingTipColumns.Evidence] = JsonColumn.Write(new Dictionary<string, string>(tip.Evidence)),
            [CoachingTipColumns.Benchmark] = tip.Benchmark,
            [CoachingTipColumns.TrainingLink] = tip.TrainingLink,
            [CoachingTipColumns.ShowCount] = showCount,
        };

        if (owner != null)
        {
            task[ActivityColumns.OwnerId] = owner;
        }

        _service.Execute(new UpsertRequest { Target = task });
    }

    /// <summary>Completes the tip's task because its condition cleared; the rep's own answer columns stay empty.</summary>
    public void Close(string tipKey)
    {
        _service.Update(new Entity(CoachingTipColumns.EntityName, TipIdentity.ForKey(tipKey))
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [ActivityColumns.StatusCode] = new OptionSetValue(CompletedStatus),
        });
    }

    private static string DescriptionOf(CoachingTip tip)
    {
        var text = tip.Message;
        if (!string.IsNullOrEmpty(tip.RecommendedAction))
        {
            text += "\n\nWhat to do: " + tip.RecommendedAction;
        }

        if (!string.IsNullOrEmpty(tip.TrainingLink))
        {
            text += "\nLearn more: " + tip.TrainingLink;
        }

        return text;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
