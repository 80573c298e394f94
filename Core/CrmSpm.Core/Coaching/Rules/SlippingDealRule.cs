using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>slipping-deal: an open deal whose close date was pushed at least maxPushes times.</summary>
public sealed class SlippingDealRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.SlippingDeal;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings) =>
        context.Facts.ClosePushes >= settings.Parameter(RuleParameterNames.MaxPushes);

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var pushes = context.Facts.ClosePushes;
        return Tip(context, settings, "Slipping deal",
            "Re-qualify the deal: confirm the decision date, the decision process and who signs.",
            measure: "Close date pushed",
            observed: Words.Times(pushes),
            limitLabel: "Re-qualify at",
            limit: Words.Times((int)settings.Parameter(RuleParameterNames.MaxPushes)),
            signal: new TipSignal { Feature = DealFeatureNames.Slippage, Observed = pushes });
    }
}
