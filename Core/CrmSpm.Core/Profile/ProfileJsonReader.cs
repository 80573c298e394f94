using System;
using System.Collections.Generic;
using System.Xml.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Profile.Json;

namespace CrmSpm.Core.Profile;

/// <summary>
/// Maps the JSON tree onto a <see cref="ScoringProfile"/>, checking shape only: required sections, JSON
/// types, unknown and duplicate keys. Values are range-checked afterwards by <see cref="ProfileValidator"/>.
/// Top-level sections are required; a setting left out inside a section keeps its default.
/// </summary>
internal sealed class ProfileJsonReader
{
    private readonly List<ValidationProblem> problems;

    public ProfileJsonReader(List<ValidationProblem> problems)
    {
        this.problems = problems;
    }

    public ScoringProfile Read(XElement root)
    {
        var profile = new ScoringProfile { Stages = new List<StageDefinition>(), Rules = new List<RuleSettings>() };
        if (JsonDocumentReader.KindOf(root) != JsonKind.Object)
        {
            problems.Add(new ValidationProblem(ScoringProfileJson.RootPath, ProfileMessages.MustBeObject));
            return profile;
        }

        var top = new JsonSection(root, "", problems);
        top.WholeNumber(ProfileKeys.Version, v => profile.Version = v, required: true);
        ReadWeights(top.Section(ProfileKeys.Weights, true), profile.Weights);
        ReadThresholds(top.Section(ProfileKeys.Thresholds, true), profile.Thresholds);
        ReadWindows(top.Section(ProfileKeys.Windows, true), profile.Windows);
        ReadStages(top, profile.Stages);
        ReadRules(top, profile.Rules);
        ReadVisibility(top.Section(ProfileKeys.Visibility, true), profile.Visibility);
        ReadQueue(top.Section(ProfileKeys.Queue, true), profile.Queue);
        top.ReportUnknownKeys();
        return profile;
    }

    private static void ReadWeights(JsonSection? section, WeightSettings weights)
    {
        if (section == null)
        {
            return;
        }

        var adoption = section.Section(ProfileKeys.Adoption, false);
        if (adoption != null)
        {
            var w = weights.Adoption;
            adoption.Number(ProfileKeys.Completeness, v => w.Completeness = v);
            adoption.Number(ProfileKeys.Freshness, v => w.Freshness = v);
            adoption.Number(ProfileKeys.ActivityRate, v => w.ActivityRate = v);
            adoption.Number(ProfileKeys.CloseDateHygiene, v => w.CloseDateHygiene = v);
            adoption.Number(ProfileKeys.NextStepDiscipline, v => w.NextStepDiscipline = v);
            adoption.ReportUnknownKeys();
        }

        var tier = section.Section(ProfileKeys.Tier, false);
        if (tier != null)
        {
            tier.Number(ProfileKeys.WinRate, v => weights.Tier.WinRate = v);
            tier.Number(ProfileKeys.Attainment, v => weights.Tier.Attainment = v);
            tier.ReportUnknownKeys();
        }

        section.ReportUnknownKeys();
    }

    private void ReadThresholds(JsonSection? section, ThresholdSettings t)
    {
        if (section == null)
        {
            return;
        }

        section.Number(ProfileKeys.FreshnessDays, v => t.FreshnessDays = v);
        section.Number(ProfileKeys.TargetActivitiesPerDealPerWeek, v => t.TargetActivitiesPerDealPerWeek = v);
        section.WholeNumber(ProfileKeys.MinClosedDealsForTier, v => t.MinClosedDealsForTier = v);
        section.Number(ProfileKeys.TierAShare, v => t.TierAShare = v);
        section.Number(ProfileKeys.TierCShare, v => t.TierCShare = v);
        section.Number(ProfileKeys.RampMonths, v => t.RampMonths = v);
        section.Number(ProfileKeys.MinPracticeEffectSize, v => t.MinPracticeEffectSize = v);
        section.Number(ProfileKeys.DealModelPriorStrength, v => t.DealModelPriorStrength = v);
        section.Number(ProfileKeys.DefaultWinRate, v => t.DefaultWinRate = v);
        section.Number(ProfileKeys.MaxCloseDateYearsAhead, v => t.MaxCloseDateYearsAhead = v);
        var bands = ReadNumberList(section, ProfileKeys.AmountBands);
        if (bands != null)
        {
            t.AmountBands = bands;
        }

        section.ReportUnknownKeys();
    }

    private void ReadWindows(JsonSection? section, WindowSettings w)
    {
        if (section == null)
        {
            return;
        }

        section.WholeNumber(ProfileKeys.OutcomeDays, v => w.OutcomeDays = v);
        section.WholeNumber(ProfileKeys.ActivityDays, v => w.ActivityDays = v);
        section.WholeNumber(ProfileKeys.TipsPerDeal, v => w.TipsPerDeal = v);
        section.WholeNumber(ProfileKeys.TipsPerRepPerWeek, v => w.TipsPerRepPerWeek = v);
        var items = section.Array(ProfileKeys.ReinforcementIntervalsDays, false);
        if (items != null)
        {
            var intervals = new List<int>();
            for (var i = 0; i < items.Count; i++)
            {
                if (JsonSection.TryWholeNumber(items[i], Indexed(section.Child(ProfileKeys.ReinforcementIntervalsDays), i), problems, out var days))
                {
                    intervals.Add(days);
                }
            }

            w.ReinforcementIntervalsDays = intervals;
        }

        section.ReportUnknownKeys();
    }

    private void ReadStages(JsonSection top, IList<StageDefinition> stages)
    {
        var items = top.Array(ProfileKeys.Stages, true);
        if (items == null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = Indexed(ProfileKeys.Stages, i);
            var entry = AsObject(items[i], path);
            if (entry == null)
            {
                continue;
            }

            var stage = new StageDefinition();
            entry.Text(ProfileKeys.Name, v => stage.Name = v ?? "", required: true);
            entry.WholeNumber(ProfileKeys.Order, v => stage.Order = v, required: true);
            entry.Boolean(ProfileKeys.IsLate, v => stage.IsLate = v);
            entry.Number(ProfileKeys.ExpectedDays, v => stage.ExpectedDays = v);
            entry.WholeNumber(ProfileKeys.SalesStage, v => stage.SalesStage = v);
            var stepNames = entry.Array(ProfileKeys.StepNames, false);
            if (stepNames != null)
            {
                for (var n = 0; n < stepNames.Count; n++)
                {
                    if (JsonDocumentReader.KindOf(stepNames[n]) == JsonKind.String)
                    {
                        stage.StepNames.Add(stepNames[n].Value);
                    }
                    else
                    {
                        problems.Add(new ValidationProblem(Indexed(entry.Child(ProfileKeys.StepNames), n), ProfileMessages.MustBeString));
                    }
                }
            }

            var fields = entry.Array(ProfileKeys.RequiredFields, false);
            if (fields != null)
            {
                for (var f = 0; f < fields.Count; f++)
                {
                    if (JsonDocumentReader.KindOf(fields[f]) == JsonKind.String)
                    {
                        stage.RequiredFields.Add(fields[f].Value);
                    }
                    else
                    {
                        problems.Add(new ValidationProblem(Indexed(entry.Child(ProfileKeys.RequiredFields), f), ProfileMessages.MustBeString));
                    }
                }
            }

            entry.ReportUnknownKeys();
            stages.Add(stage);
        }
    }

    private void ReadRules(JsonSection top, IList<RuleSettings> rules)
    {
        var items = top.Array(ProfileKeys.Rules, true);
        if (items == null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = Indexed(ProfileKeys.Rules, i);
            var entry = AsObject(items[i], path);
            if (entry == null)
            {
                continue;
            }

            var rule = new RuleSettings();
            entry.Text(ProfileKeys.Id, v => rule.Id = v ?? "", required: true);
            entry.Boolean(ProfileKeys.Enabled, v => rule.Enabled = v);
            entry.Text(ProfileKeys.Severity, v => ParseSeverity(v, entry.Child(ProfileKeys.Severity), rule));
            entry.Text(ProfileKeys.TrainingLink, v => rule.TrainingLink = v, nullable: true);
            var parameters = entry.Section(ProfileKeys.Parameters, false);
            if (parameters != null)
            {
                foreach (var key in parameters.Keys)
                {
                    parameters.Number(key, v => rule.Parameters[key] = v);
                }
            }

            entry.ReportUnknownKeys();
            rules.Add(rule);
        }
    }

    private static void ReadVisibility(JsonSection? section, VisibilitySettings v)
    {
        if (section == null)
        {
            return;
        }

        section.Boolean(ProfileKeys.RepSeesOwnTier, b => v.RepSeesOwnTier = b);
        section.Boolean(ProfileKeys.RepSeesTeamRanking, b => v.RepSeesTeamRanking = b);
        section.ReportUnknownKeys();
    }

    private static void ReadQueue(JsonSection? section, QueueSettings q)
    {
        if (section == null)
        {
            return;
        }

        section.Number(ProfileKeys.WinRateLiftPoints, v => q.WinRateLiftPoints = v);
        section.WholeNumber(ProfileKeys.MaxEntries, v => q.MaxEntries = v);
        section.WholeNumber(ProfileKeys.HorizonDays, v => q.HorizonDays = v);
        section.Text(ProfileKeys.Currency, v => q.Currency = v ?? "");
        section.ReportUnknownKeys();
    }

    private List<double>? ReadNumberList(JsonSection section, string key)
    {
        var items = section.Array(key, false);
        if (items == null)
        {
            return null;
        }

        var values = new List<double>();
        for (var i = 0; i < items.Count; i++)
        {
            if (JsonSection.TryNumber(items[i], Indexed(section.Child(key), i), problems, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private void ParseSeverity(string? text, string path, RuleSettings rule)
    {
        if (Enum.TryParse<Severity>(text, ignoreCase: false, out var severity) && Enum.IsDefined(typeof(Severity), severity) && !IsNumeric(text))
        {
            rule.Severity = severity;
        }
        else
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.UnknownSeverity));
        }
    }

    private static bool IsNumeric(string? text) => text != null && text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-');

    private JsonSection? AsObject(XElement element, string path)
    {
        if (JsonDocumentReader.KindOf(element) != JsonKind.Object)
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.MustBeObject));
            return null;
        }

        return new JsonSection(element, path, problems);
    }

    private static string Indexed(string path, int index) => path + "[" + index + "]";
}
