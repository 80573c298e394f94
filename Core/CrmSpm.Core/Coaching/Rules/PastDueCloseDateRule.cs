using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>past-due-close-date: an open deal whose estimated close date is more than graceDays in the past.</summary>
public sealed class PastDueCloseDateRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.PastDueCloseDate;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings)
    {
        var closeDate = context.Facts.EstimatedCloseDate;
        return closeDate.HasValue && closeDate.Value.Date < context.Now.Date.AddDays(-settings.Parameter(RuleParameterNames.GraceDays));
    }

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var closeDate = context.Facts.EstimatedCloseDate!.Value;
        var overdue = (context.Now.Date - closeDate.Date).TotalDays;
        var grace = settings.Parameter(RuleParameterNames.GraceDays);
        return Tip(context, settings, "Close date in the past",
            "Set a realistic close date with the customer, or close the deal as won or lost.",
            measure: context.Joined("Days past the estimated close date ", context.Texts?.Date(closeDate) ?? Words.Date(closeDate)),
            observed: Words.Days(overdue),
            limitLabel: grace > 0 ? "Grace" : null,
            limit: Words.Days(grace));
    }
}
