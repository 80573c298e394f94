using System;
using System.Linq;
using System.Text.Json.Nodes;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
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

    /// <summary>
    /// The fields as compared between runs: everything but the details, with the 0–100 scores at the whole points
    /// people read. The details (component values and evidence such as "0.01 days in Qualify" or tenure) and the
    /// scores' decimals drift with the clock alone while nothing changed in the org; so a scorecard is rewritten, with
    /// fresh details and decimals, only when a whole-point score, a rate or the tier changes.
    /// </summary>
    public static JsonObject ForComparison(JsonObject fields)
    {
        var copy = (JsonObject)fields.DeepClone();
        copy.Remove(F.Scorecard.Details);
        foreach (var score in new[] { F.Scorecard.AdoptionScore, F.Scorecard.BehaviourScore, F.Scorecard.AdoptionTrend })
        {
            if (copy[score] is JsonValue value && value.TryGetValue<double>(out var points))
                copy[score] = Math.Round(points, 0, MidpointRounding.AwayFromZero);
        }
        return copy;
    }

    private static string TierLabel(Tier tier) => tier switch
    {
        Tier.A => "A",
        Tier.B => "B",
        Tier.C => "C",
        _ => "Not tiered",
    };

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
