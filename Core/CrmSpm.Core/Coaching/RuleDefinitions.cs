using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// The catalogue of coaching rules as data: ids, titles, default severities and parameters with their
/// ranges. The profile validator checks <c>rules[i]</c> against it; <see cref="RuleParameterNames"/> holds
/// the parameter keys.
/// </summary>
public static class RuleDefinitions
{
    /// <summary>Every rule, in <see cref="RuleIds.All"/> order.</summary>
    public static readonly IReadOnlyList<RuleDefinition> All = new[]
    {
        new RuleDefinition(RuleIds.StaleDeal, "Stale deal", Severity.Medium,
            new RuleParameter(RuleParameterNames.StaleDays, 14, 1, 365, "days without a completed activity")),
        new RuleDefinition(RuleIds.PastDueCloseDate, "Close date in the past", Severity.High,
            new RuleParameter(RuleParameterNames.GraceDays, 0, 0, 90, "days past the close date before the tip")),
        new RuleDefinition(RuleIds.MissingNextStep, "No next step", Severity.Medium,
            new RuleParameter(RuleParameterNames.FromStageOrder, 2, 1, 100, "first stage order where a next step is expected")),
        new RuleDefinition(RuleIds.SingleThreadedLateStage, "Single-threaded at a late stage", Severity.High,
            new RuleParameter(RuleParameterNames.MinContacts, 2, 1, 50, "contacts a late-stage deal should engage")),
        new RuleDefinition(RuleIds.SlippingDeal, "Slipping deal", Severity.Medium,
            new RuleParameter(RuleParameterNames.MaxPushes, 2, 1, 50, "close-date pushes that trigger the tip")),
        new RuleDefinition(RuleIds.StuckInStage, "Stuck in stage", Severity.Medium,
            new RuleParameter(RuleParameterNames.BenchmarkMultiplier, 1.5, 1, 10, "times the top-performer days in stage")),
        new RuleDefinition(RuleIds.LowActivity, "Low activity against top performers", Severity.Low,
            new RuleParameter(RuleParameterNames.CadenceMultiplier, 2, 1, 10, "times the top-performer days between touches"),
            new RuleParameter(RuleParameterNames.MinDaysInStage, 7, 1, 365, "days in the stage before cadence is judged")),
        new RuleDefinition(RuleIds.LowAdoption, "Low CRM adoption", Severity.Medium,
            new RuleParameter(RuleParameterNames.MinScore, 60, 0, 100, "adoption score below which the manager gets a task")),
        new RuleDefinition(RuleIds.Recognition, "Recognition", Severity.Low,
            new RuleParameter(RuleParameterNames.ImprovementPoints, 10, 1, 100, "adoption points gained since last period"),
            new RuleParameter(RuleParameterNames.AttainmentMilestone, 1, 0.1, 10, "quota attainment that counts as a milestone (1 = 100 %)")),
    };

    /// <summary>The definition of <paramref name="ruleId"/>, or null when the id is unknown.</summary>
    public static RuleDefinition? Find(string? ruleId) => All.FirstOrDefault(d => d.Id == ruleId);
}
