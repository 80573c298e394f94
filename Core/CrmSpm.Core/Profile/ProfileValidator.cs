using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;

namespace CrmSpm.Core.Profile;

/// <summary>
/// Checks a profile's values: ranges, duplicates, unknown rule ids and fields, safe training links. Works
/// on profiles from JSON and on profiles built in code; every problem carries its JSON path.
/// </summary>
public static class ProfileValidator
{
    private const int MaxNameLength = 100;

    /// <summary>Every problem in <paramref name="profile"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        var problems = new List<ValidationProblem>();
        if (profile.Version != ScoringProfile.CurrentVersion)
        {
            problems.Add(new ValidationProblem(ProfileKeys.Version, ProfileMessages.UnsupportedVersion));
        }

        ValidateWeights(profile.Weights ?? new WeightSettings(), problems);
        ValidateThresholds(profile.Thresholds ?? new ThresholdSettings(), problems);
        ValidateWindows(profile.Windows ?? new WindowSettings(), problems);
        ValidateStages(profile.Stages ?? new List<StageDefinition>(), problems);
        ValidateRules(profile.Rules ?? new List<RuleSettings>(), problems);
        var queue = profile.Queue ?? new QueueSettings();
        Range(problems, Path(ProfileKeys.Queue, ProfileKeys.WinRateLiftPoints), queue.WinRateLiftPoints, 0, 50);
        Range(problems, Path(ProfileKeys.Queue, ProfileKeys.MaxEntries), queue.MaxEntries, 1, 1000);
        Range(problems, Path(ProfileKeys.Queue, ProfileKeys.HorizonDays), queue.HorizonDays, 7, 366);
        if (!CurrencyCodes.IsCode(queue.Currency))
        {
            problems.Add(new ValidationProblem(Path(ProfileKeys.Queue, ProfileKeys.Currency), ProfileMessages.MustBeCurrencyCode));
        }
        return problems;
    }

    private static void ValidateWeights(WeightSettings weights, List<ValidationProblem> problems)
    {
        var adoption = weights.Adoption ?? new AdoptionWeights();
        var prefix = Path(ProfileKeys.Weights, ProfileKeys.Adoption);
        Range(problems, Path(prefix, ProfileKeys.Completeness), adoption.Completeness, 0, 1);
        Range(problems, Path(prefix, ProfileKeys.Freshness), adoption.Freshness, 0, 1);
        Range(problems, Path(prefix, ProfileKeys.ActivityRate), adoption.ActivityRate, 0, 1);
        Range(problems, Path(prefix, ProfileKeys.CloseDateHygiene), adoption.CloseDateHygiene, 0, 1);
        Range(problems, Path(prefix, ProfileKeys.NextStepDiscipline), adoption.NextStepDiscipline, 0, 1);
        if (!(adoption.Sum > 0))
        {
            problems.Add(new ValidationProblem(prefix, ProfileMessages.NoPositiveWeight));
        }

        var tier = weights.Tier ?? new TierWeights();
        var tierPrefix = Path(ProfileKeys.Weights, ProfileKeys.Tier);
        Range(problems, Path(tierPrefix, ProfileKeys.WinRate), tier.WinRate, 0, 1);
        Range(problems, Path(tierPrefix, ProfileKeys.Attainment), tier.Attainment, 0, 1);
        if (!(tier.WinRate + tier.Attainment > 0))
        {
            problems.Add(new ValidationProblem(tierPrefix, ProfileMessages.NoPositiveWeight));
        }
    }

    private static void ValidateThresholds(ThresholdSettings t, List<ValidationProblem> problems)
    {
        var p = ProfileKeys.Thresholds;
        Range(problems, Path(p, ProfileKeys.FreshnessDays), t.FreshnessDays, 1, 365);
        Range(problems, Path(p, ProfileKeys.TargetActivitiesPerDealPerWeek), t.TargetActivitiesPerDealPerWeek, 0.1, 100);
        Range(problems, Path(p, ProfileKeys.MinClosedDealsForTier), t.MinClosedDealsForTier, 1, 1000);
        Range(problems, Path(p, ProfileKeys.TierAShare), t.TierAShare, 0.01, 0.9);
        Range(problems, Path(p, ProfileKeys.TierCShare), t.TierCShare, 0, 0.9);
        if (t.TierAShare + t.TierCShare > 1)
        {
            problems.Add(new ValidationProblem(Path(p, ProfileKeys.TierAShare), ProfileMessages.TierSharesTooLarge));
        }

        Range(problems, Path(p, ProfileKeys.RampMonths), t.RampMonths, 0, 120);
        Range(problems, Path(p, ProfileKeys.MinPracticeEffectSize), t.MinPracticeEffectSize, 0, 5);
        Range(problems, Path(p, ProfileKeys.DealModelPriorStrength), t.DealModelPriorStrength, 0, 1000);
        Range(problems, Path(p, ProfileKeys.DefaultWinRate), t.DefaultWinRate, 0.01, 0.99);
        Range(problems, Path(p, ProfileKeys.MaxCloseDateYearsAhead), t.MaxCloseDateYearsAhead, 1, 50);
        Ascending(problems, Path(p, ProfileKeys.AmountBands), (t.AmountBands ?? new List<double>()).ToList(), 0);
    }

    private static void ValidateWindows(WindowSettings w, List<ValidationProblem> problems)
    {
        var p = ProfileKeys.Windows;
        Range(problems, Path(p, ProfileKeys.OutcomeDays), w.OutcomeDays, 7, 3650);
        Range(problems, Path(p, ProfileKeys.ActivityDays), w.ActivityDays, 1, 365);
        Range(problems, Path(p, ProfileKeys.TipsPerDeal), w.TipsPerDeal, 1, 20);
        Range(problems, Path(p, ProfileKeys.TipsPerRepPerWeek), w.TipsPerRepPerWeek, 1, 500);
        var intervals = (w.ReinforcementIntervalsDays ?? new List<int>()).Select(i => (double)i).ToList();
        var path = Path(p, ProfileKeys.ReinforcementIntervalsDays);
        if (intervals.Count == 0)
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.MustNotBeEmpty));
            return;
        }

        for (var i = 0; i < intervals.Count; i++)
        {
            Range(problems, path + "[" + i + "]", intervals[i], 1, 365);
        }

        Ascending(problems, path, intervals, 1);
    }

    private static void ValidateStages(IList<StageDefinition> stages, List<ValidationProblem> problems)
    {
        if (stages.Count == 0)
        {
            problems.Add(new ValidationProblem(ProfileKeys.Stages, ProfileMessages.MustNotBeEmpty));
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var orders = new Dictionary<int, string>();
        for (var i = 0; i < stages.Count; i++)
        {
            var prefix = ProfileKeys.Stages + "[" + i + "]";
            var stage = stages[i];
            if (stage == null)
            {
                problems.Add(new ValidationProblem(prefix, ProfileMessages.MustBeObject));
                continue;
            }

            var name = (stage.Name ?? "").Trim();
            if (name.Length == 0)
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Name), ProfileMessages.MustNotBeEmpty));
            }
            else if (name.Length > MaxNameLength)
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Name), ProfileMessages.TooLong));
            }
            else if (names.ContainsKey(name))
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Name), ProfileMessages.DuplicateStageName(names[name])));
            }
            else
            {
                names.Add(name, name);
            }

            Range(problems, Path(prefix, ProfileKeys.Order), stage.Order, 1, 100);
            if (orders.TryGetValue(stage.Order, out var other))
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Order), ProfileMessages.DuplicateStageOrder(other)));
            }
            else
            {
                orders[stage.Order] = name;
            }

            Range(problems, Path(prefix, ProfileKeys.ExpectedDays), stage.ExpectedDays, 1, 365);
            var fields = stage.RequiredFields ?? new List<string>();
            for (var f = 0; f < fields.Count; f++)
            {
                if (!RequiredFields.All.Contains(fields[f]))
                {
                    problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.RequiredFields) + "[" + f + "]", ProfileMessages.UnknownField));
                }
            }
        }
    }

    private static void ValidateRules(IList<RuleSettings> rules, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var prefix = ProfileKeys.Rules + "[" + i + "]";
            var rule = rules[i];
            if (rule == null)
            {
                problems.Add(new ValidationProblem(prefix, ProfileMessages.MustBeObject));
                continue;
            }

            var definition = RuleDefinitions.Find(rule.Id);
            if (definition == null)
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Id), ProfileMessages.UnknownRule));
                continue;
            }

            if (!seen.Add(rule.Id))
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Id), ProfileMessages.DuplicateRule(rule.Id)));
            }

            if (!Enum.IsDefined(typeof(Severity), rule.Severity))
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.Severity), ProfileMessages.UnknownSeverity));
            }

            foreach (var parameter in rule.Parameters ?? new Dictionary<string, double>())
            {
                var path = Path(Path(prefix, ProfileKeys.Parameters), parameter.Key);
                var spec = definition.Parameter(parameter.Key);
                if (spec == null)
                {
                    problems.Add(new ValidationProblem(path, ProfileMessages.UnknownParameter(rule.Id)));
                }
                else
                {
                    Range(problems, path, parameter.Value, spec.Min, spec.Max);
                }
            }

            if (rule.TrainingLink != null && rule.TrainingLink.Length > 0 && !IsHttpUrl(rule.TrainingLink))
            {
                problems.Add(new ValidationProblem(Path(prefix, ProfileKeys.TrainingLink), ProfileMessages.MustBeHttpUrl));
            }
        }
    }

    /// <summary>Only absolute http(s) links: a <c>javascript:</c> or relative link must never reach a tip.</summary>
    private static bool IsHttpUrl(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void Range(List<ValidationProblem> problems, string path, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.Between(min, max)));
        }
    }

    private static void Ascending(List<ValidationProblem> problems, string path, IList<double> values, double min)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < min || (i > 0 && values[i] <= values[i - 1]))
            {
                problems.Add(new ValidationProblem(path, ProfileMessages.MustAscend));
                return;
            }
        }
    }

    private static string Path(string prefix, string key) => prefix + "." + key;
}
