using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;

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
        var cadence = context.TopPerformers.TouchCadence(stage);
        var limit = settings.Parameter(RuleParameterNames.StaleDays);
        return Tip(context, settings, "Stale deal",
            "Contact the customer and log it, or close the deal if it is no longer alive.",
            measure: "Days since the last touch",
            observed: Words.Days(days),
            benchmark: cadence.HasValue ? Words.Days(cadence.Value) : null,
            limitLabel: "Limit",
            limit: Words.Days(limit),
            signal: new TipSignal { Feature = DealFeatureNames.TouchRecency, Observed = days, Benchmark = cadence });
    }
}
