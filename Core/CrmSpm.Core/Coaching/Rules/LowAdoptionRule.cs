using System.Linq;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>low-adoption: the rep's adoption score is below minScore; a task for the manager (the rep when no manager is known).</summary>
public sealed class LowAdoptionRule : RepRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.LowAdoption;

    /// <inheritdoc />
    protected override bool Applies(RepRuleContext context, RuleSettings settings)
    {
        var score = context.Scorecard.Adoption.Value;
        return score.HasValue && score.Value < settings.Parameter(RuleParameterNames.MinScore);
    }

    /// <inheritdoc />
    protected override CoachingTip Describe(RepRuleContext context, RuleSettings settings)
    {
        var adoption = context.Scorecard.Adoption;
        var weakest = adoption.Components.OrderBy(c => c.Value).ThenBy(c => c.Key, System.StringComparer.Ordinal).First();
        var bar = settings.Parameter(RuleParameterNames.MinScore);
        var manager = string.IsNullOrEmpty(context.Rep.ManagerId) ? null : context.Rep.ManagerId;
        var score = System.Math.Round(adoption.Value!.Value);
        return Tip(context, settings, manager ?? context.Rep.Id,
            "Low CRM adoption",
            manager != null
                ? "Review " + weakest.Label.ToLowerInvariant() + " (" + weakest.Evidence + ") with " + context.Rep.Name + " in your next one-to-one and agree one habit to change."
                : "Pick one habit in " + weakest.Label.ToLowerInvariant() + " (" + weakest.Evidence + ") and keep it this week.",
            new TipFacts
            {
                Measure = "CRM adoption",
                ObservedLabel = manager != null ? context.Rep.Name : TipWording.You,
                Observed = Words.Count(score) + "/100",
                LimitLabel = "Bar",
                Limit = Words.Count(bar) + "/100",
                Signal = new TipSignal { Observed = score, HigherIsBetter = true },
            });
    }
}
