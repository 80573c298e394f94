using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>Turns Core's scorecard (and the rep's coaching-queue entry) into a <c>crmspm_scorecard</c> row keyed by rep and period.</summary>
public static class ScorecardMapper
{
    /// <summary>How many periods of adoption the sparkline keeps.</summary>
    public const int TrendLength = 12;

    public static Entity ToRow(RepScorecard card, Guid repId, CoachingQueueEntry? queue, Entity? previousCard)
    {
        var row = new Entity(ScorecardColumns.EntityName, ScorecardColumns.Key, repId + "|" + card.Period)
        {
            [ScorecardColumns.Name] = card.RepName + " " + card.Period,
            [ScorecardColumns.RepId] = new EntityReference(SystemUserColumns.EntityName, repId),
            [ScorecardColumns.Period] = card.Period,
            [ScorecardColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, repId),
            [ScorecardColumns.AdoptionScore] = Decimal(card.Adoption.Value),
            [ScorecardColumns.BehaviourScore] = Decimal(card.Behaviour.Value),
            [ScorecardColumns.WinRate] = Decimal(card.Outcomes.WinRate),
            [ScorecardColumns.QuotaAttainment] = Decimal(card.Outcomes.Attainment),
            [ScorecardColumns.PipelineCoverage] = Decimal(card.Outcomes.Coverage),
            [ScorecardColumns.NeededCoverage] = Decimal(card.Outcomes.NeededCoverage),
            [ScorecardColumns.Tier] = new OptionSetValue(TierMapper.ToChoice(card.Tier.Tier)),
            [ScorecardColumns.AdoptionTrend] = Decimal(card.AdoptionTrend),
            [ScorecardColumns.TrendHistory] = TrendHistory(previousCard, card.Adoption.Value),
            [ScorecardColumns.WonCount] = card.Outcomes.WonCount,
            [ScorecardColumns.LostCount] = card.Outcomes.LostCount,
            [ScorecardColumns.WonAmount] = new Money(card.Outcomes.WonInPeriod),
            [ScorecardColumns.RevenueGain] = queue == null ? null : new Money(queue.ExpectedGain),
            [ScorecardColumns.LargestGap] = BoundedText.Truncate(queue?.CoachText, ScorecardColumns.LargestGapMaxLength),
            [ScorecardColumns.QueueRank] = queue?.Rank,
            [ScorecardColumns.Details] = JsonColumn.Write(Details(card, queue)),
        };
        return row;
    }

    private static decimal? Decimal(double? value) => value.HasValue ? (decimal)Math.Round(value.Value, 4) : (decimal?)null;

    private static string TrendHistory(Entity? previousCard, double? adoption)
    {
        var history = JsonColumn.Read<List<double>>(previousCard?.GetAttributeValue<string>(ScorecardColumns.TrendHistory)) ?? new List<double>();
        if (adoption.HasValue)
        {
            history.Add(Math.Round(adoption.Value, 1));
        }

        return JsonColumn.Write(history.Skip(Math.Max(0, history.Count - TrendLength)).ToList());
    }

    private static ScorecardDetails Details(RepScorecard card, CoachingQueueEntry? queue) => new ScorecardDetails
    {
        Queue = queue == null ? null : new QueueDetails { Gain = queue.GainText, Coach = queue.CoachText },
        Adoption = card.Adoption.Components.Select(Component).ToList(),
        Behaviour = card.Behaviour.Components.Select(Component).ToList(),
        Tier = card.Tier.Explanation,
        NotScored = card.Adoption.NotScoredReason,
    };

    private static ComponentEntry Component(ScoreComponent component) => new ComponentEntry
    {
        Key = component.Key, Label = component.Label, Value = Math.Round(component.Value, 4), Weight = component.Weight, Evidence = component.Evidence,
    };
}
