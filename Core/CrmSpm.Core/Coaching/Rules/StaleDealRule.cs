using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>stale-deal: an open deal without a completed activity for more than staleDays (since creation if never touched).</summary>
public sealed class StaleDealRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.StaleDeal;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings) =>
        context.Facts.DaysSinceTouchOrCreation > settings.Parameter(RuleParameterNames.StaleDays);

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var days = context.Facts.DaysSinceTouchOrCreation;
        var stage = context.Facts.Stage?.Name ?? context.Opportunity.Stage;
        var cadence = context.Benchmarks.ABenchmark(BehaviourKeys.TouchCadence(stage));
        var benchmark = cadence.HasValue
            ? "Top performers touch deals at " + stage + " every " + Words.Days(cadence.Value)
            : null;
        var message = "No activity logged for " + Words.Days(days) + " (limit " + Words.Days(settings.Parameter(RuleParameterNames.StaleDays)) + ")."
            + (benchmark != null ? " " + benchmark + "." : "");
        return Tip(context, settings, "Stale deal", message,
            "Contact the customer and log it, or close the deal if it is no longer alive.",
            Words.Days(days), cadence.HasValue ? Words.Days(cadence.Value) : null);
    }
}
