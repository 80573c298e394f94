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
        return Tip(context, settings, string.IsNullOrEmpty(context.Rep.ManagerId) ? context.Rep.Id : context.Rep.ManagerId!,
            "Low CRM adoption",
            context.Rep.Name + "'s CRM adoption is " + Words.Count(System.Math.Round(adoption.Value!.Value)) + "/100 (bar: " + Words.Count(bar)
                + "). Weakest area: " + weakest.Label.ToLowerInvariant() + " (" + weakest.Evidence + ").",
            "Review the weakest area with " + context.Rep.Name + " in your next one-to-one and agree one habit to change.",
            Words.Count(System.Math.Round(adoption.Value.Value)), Words.Count(bar));
    }
}
