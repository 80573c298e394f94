using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>missing-next-step: an open deal at stage order fromStageOrder or later without a next step.</summary>
public sealed class MissingNextStepRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.MissingNextStep;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings) =>
        !context.Facts.HasNextStep && context.Facts.StageOrder >= settings.Parameter(RuleParameterNames.FromStageOrder);

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        return Tip(context, settings, "No next step",
            "Agree the next step and its date with the customer, and record it on the deal.",
            measure: context.Joined("Next step at ", context.Facts.Stage?.Name ?? context.Opportunity.Stage),
            observed: "none on this deal",
            benchmark: context.TopPerformers.Worded(BehaviourKeys.NextStepDiscipline, share => "on " + Words.Percent(share) + " of their deals"));
    }
}
