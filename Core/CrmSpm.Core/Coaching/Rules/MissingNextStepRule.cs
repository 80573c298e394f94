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
        var share = context.Benchmarks.ABenchmark(BehaviourKeys.NextStepDiscipline);
        var benchmark = share.HasValue ? "Top performers have a next step on " + Words.Percent(share.Value) + " of their deals" : null;
        return Tip(context, settings, "No next step",
            "The deal is at " + (context.Facts.Stage?.Name ?? context.Opportunity.Stage) + " without an agreed next step."
                + (benchmark != null ? " " + benchmark + "." : ""),
            "Agree the next step and its date with the customer, and record it on the deal.",
            "no next step", share.HasValue ? Words.Percent(share.Value) : null);
    }
}
