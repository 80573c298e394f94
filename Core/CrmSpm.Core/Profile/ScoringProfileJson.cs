using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmSpm.Core.Profile.Json;
using W = CrmSpm.Core.Profile.Json.JsonDocumentWriter;

namespace CrmSpm.Core.Profile;

/// <summary>
/// Reads and writes the profile JSON of docs/scoring-profile.md. <see cref="Load"/> never throws on bad
/// input: it returns every problem as <c>path: reason</c> (for example
/// <c>weights.adoption.freshness: must be between 0 and 1</c>), and a profile only when there are none.
/// Uses only the BCL's DataContract JSON reader, so it runs in the Dataverse sandbox.
/// </summary>
public static class ScoringProfileJson
{
    /// <summary>The path of problems about the document as a whole.</summary>
    public const string RootPath = "$";

    /// <summary>Parses and validates a profile document.</summary>
    public static ProfileLoadResult Load(string? json)
    {
        var problems = new List<ValidationProblem>();
        if (json == null || json.Trim().Length == 0)
        {
            problems.Add(new ValidationProblem(RootPath, ProfileMessages.Required));
            return new ProfileLoadResult(null, problems);
        }

        var root = JsonDocumentReader.TryParse(json, out var error);
        if (root == null)
        {
            problems.Add(new ValidationProblem(RootPath, ProfileMessages.NotJsonPrefix + error));
            return new ProfileLoadResult(null, problems);
        }

        var profile = new ProfileJsonReader(problems).Read(root);
        if (problems.Any(p => p.Path == RootPath))
        {
            return new ProfileLoadResult(null, problems);
        }

        // Value checks run even after shape problems so the admin sees every problem at once; a path that
        // already has a shape problem is not reported twice.
        var shapePaths = new HashSet<string>(problems.Select(p => p.Path), StringComparer.Ordinal);
        problems.AddRange(ProfileValidator.Validate(profile).Where(p => !shapePaths.Contains(p.Path)));

        return new ProfileLoadResult(profile, problems);
    }

    /// <summary>Writes <paramref name="profile"/> as indented JSON that <see cref="Load"/> reads back unchanged.</summary>
    public static string ToJson(ScoringProfile profile)
    {
        var a = profile.Weights.Adoption;
        var t = profile.Thresholds;
        var root = W.Root(
            W.Number(ProfileKeys.Version, profile.Version),
            W.Object(ProfileKeys.Weights,
                W.Object(ProfileKeys.Adoption,
                    W.Number(ProfileKeys.Completeness, a.Completeness),
                    W.Number(ProfileKeys.Freshness, a.Freshness),
                    W.Number(ProfileKeys.ActivityRate, a.ActivityRate),
                    W.Number(ProfileKeys.CloseDateHygiene, a.CloseDateHygiene),
                    W.Number(ProfileKeys.NextStepDiscipline, a.NextStepDiscipline)),
                W.Object(ProfileKeys.Tier,
                    W.Number(ProfileKeys.WinRate, profile.Weights.Tier.WinRate),
                    W.Number(ProfileKeys.Attainment, profile.Weights.Tier.Attainment))),
            W.Object(ProfileKeys.Thresholds,
                W.Number(ProfileKeys.FreshnessDays, t.FreshnessDays),
                W.Number(ProfileKeys.TargetActivitiesPerDealPerWeek, t.TargetActivitiesPerDealPerWeek),
                W.Number(ProfileKeys.MinClosedDealsForTier, t.MinClosedDealsForTier),
                W.Number(ProfileKeys.TierAShare, t.TierAShare),
                W.Number(ProfileKeys.TierCShare, t.TierCShare),
                W.Number(ProfileKeys.RampMonths, t.RampMonths),
                W.Number(ProfileKeys.MinPracticeEffectSize, t.MinPracticeEffectSize),
                W.Number(ProfileKeys.DealModelPriorStrength, t.DealModelPriorStrength),
                W.Number(ProfileKeys.DefaultWinRate, t.DefaultWinRate),
                W.Numbers(ProfileKeys.AmountBands, t.AmountBands),
                W.Number(ProfileKeys.MaxCloseDateYearsAhead, t.MaxCloseDateYearsAhead)),
            W.Object(ProfileKeys.Windows,
                W.Number(ProfileKeys.OutcomeDays, profile.Windows.OutcomeDays),
                W.Number(ProfileKeys.ActivityDays, profile.Windows.ActivityDays),
                W.Numbers(ProfileKeys.ReinforcementIntervalsDays, profile.Windows.ReinforcementIntervalsDays.Select(d => (double)d)),
                W.Number(ProfileKeys.TipsPerDeal, profile.Windows.TipsPerDeal),
                W.Number(ProfileKeys.TipsPerRepPerWeek, profile.Windows.TipsPerRepPerWeek)),
            W.Array(ProfileKeys.Stages, profile.Stages.Select(StageNode).Cast<object>().ToArray()),
            W.Array(ProfileKeys.Rules, profile.Rules.Select(RuleNode).Cast<object>().ToArray()),
            W.Object(ProfileKeys.Visibility,
                W.Boolean(ProfileKeys.RepSeesOwnTier, profile.Visibility.RepSeesOwnTier),
                W.Boolean(ProfileKeys.RepSeesTeamRanking, profile.Visibility.RepSeesTeamRanking)),
            W.Object(ProfileKeys.Queue,
                W.Number(ProfileKeys.WinRateLiftPoints, profile.Queue.WinRateLiftPoints),
                W.Number(ProfileKeys.MaxEntries, profile.Queue.MaxEntries),
                W.Number(ProfileKeys.HorizonDays, profile.Queue.HorizonDays),
                W.Text(ProfileKeys.Currency, profile.Queue.Currency)));
        return JsonDocumentReader.Write(root);
    }

    private static XElement StageNode(StageDefinition stage)
    {
        var node = W.Object("item",
            W.Text(ProfileKeys.Name, stage.Name),
            W.Number(ProfileKeys.Order, stage.Order),
            W.Array(ProfileKeys.RequiredFields, stage.RequiredFields.Select(f => W.Text("item", f)).Cast<object>().ToArray()),
            W.Boolean(ProfileKeys.IsLate, stage.IsLate),
            W.Number(ProfileKeys.ExpectedDays, stage.ExpectedDays));
        if (stage.StepNames.Count > 0)
        {
            node.Add(W.Array(ProfileKeys.StepNames, stage.StepNames.Select(n => W.Text("item", n)).Cast<object>().ToArray()));
        }

        if (stage.SalesStage.HasValue)
        {
            node.Add(W.Number(ProfileKeys.SalesStage, stage.SalesStage.Value));
        }

        return node;
    }

    private static XElement RuleNode(RuleSettings rule) =>
        W.Object("item",
            W.Text(ProfileKeys.Id, rule.Id),
            W.Boolean(ProfileKeys.Enabled, rule.Enabled),
            W.Text(ProfileKeys.Severity, rule.Severity.ToString()),
            W.Object(ProfileKeys.Parameters, rule.Parameters.Select(p => W.Number(p.Key, p.Value)).Cast<object>().ToArray()),
            W.Text(ProfileKeys.TrainingLink, rule.TrainingLink));
}
