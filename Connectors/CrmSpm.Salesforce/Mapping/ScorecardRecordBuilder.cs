using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Salesforce.Sync.State;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Mapping;

/// <summary>A Core scorecard as a CrmSpm_Scorecard__c row, owned by the rep (private sharing shows it to them and their managers).</summary>
public static class ScorecardRecordBuilder
{
    private const int NameLength = 80;
    private const int DetailsLength = 32768;

    public static string Key(RepScorecard card) => card.RepId + "|" + card.Period;

    public static JsonObject Build(RepScorecard card)
    {
        var name = $"{card.RepName} {card.Period}";
        return new JsonObject
        {
            [F.Scorecard.Key] = Key(card),
            [F.Name] = name.Length <= NameLength ? name : name.Substring(0, NameLength),
            [F.OwnerId] = card.RepId,
            [F.Scorecard.Rep] = card.RepId,
            [F.Scorecard.Period] = card.Period,
            [F.Scorecard.AdoptionScore] = Round(card.Adoption.Value, 2),
            [F.Scorecard.BehaviourScore] = Round(card.Behaviour.Value, 2),
            [F.Scorecard.AdoptionTrend] = Round(card.AdoptionTrend, 2),
            [F.Scorecard.WinRate] = Round(card.Outcomes.WinRate, 4),
            [F.Scorecard.PipelineCoverage] = Round(card.Outcomes.Coverage, 2),
            [F.Scorecard.QuotaAttainment] = Round(card.Outcomes.Attainment, 4),
            [F.Scorecard.Tier] = TierLabel(card.Tier.Tier),
            [F.Scorecard.Details] = Details(card),
        };
    }

    /// <summary>The 0–100 scores, which drift with the clock alone; compared with a tolerance (<see cref="ScorecardStamp"/>).</summary>
    public static readonly string[] Scores = { F.Scorecard.AdoptionScore, F.Scorecard.BehaviourScore, F.Scorecard.AdoptionTrend };

    /// <summary>
    /// The stamp the state keeps of these fields, computed from rows with the given inputs fingerprint. The details
    /// are left out: they quote durations ("0.01 days in Qualify", tenure) that change every run, and are rewritten
    /// with the scores they explain.
    /// </summary>
    public static ScorecardStamp Stamp(JsonObject fields, string? inputs)
    {
        var rest = (JsonObject)fields.DeepClone();
        rest.Remove(F.Scorecard.Details);
        var scores = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var score in Scores)
        {
            scores[score] = rest[score] is JsonValue value && value.TryGetValue<double>(out var points) ? points : null;
            rest.Remove(score);
        }

        return new ScorecardStamp(Fingerprint.Of(rest), scores, inputs);
    }

    /// <summary>The tier picklist's value: Core's letter, or <see cref="F.Scorecard.NotTiered"/>.</summary>
    private static string TierLabel(Tier tier) => TierLetter.Of(tier) ?? F.Scorecard.NotTiered;

    private static string Details(RepScorecard card)
    {
        var details = new JsonObject
        {
            ["adoption"] = Explained(card.Adoption),
            ["behaviour"] = Explained(card.Behaviour),
            ["tier"] = card.Tier.Explanation,
        };
        var json = details.ToJsonString();
        return json.Length <= DetailsLength ? json : new JsonObject { ["tier"] = card.Tier.Explanation, ["truncated"] = true }.ToJsonString();
    }

    private static JsonObject Explained(ExplainedScore score) => new()
    {
        ["value"] = Round(score.Value, 2),
        ["notScoredReason"] = score.NotScoredReason,
        ["components"] = new JsonArray(score.Components.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key,
            ["label"] = c.Label,
            ["value"] = Math.Round(c.Value, 4),
            ["weight"] = c.Weight,
            ["evidence"] = c.Evidence,
        }).ToArray()),
    };

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
