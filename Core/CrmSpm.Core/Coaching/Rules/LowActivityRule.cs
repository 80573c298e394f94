using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>
/// low-activity: after minDaysInStage days in its stage, the deal's days between touches exceed
/// cadenceMultiplier × the A-tier cadence at that stage ("top performers touch deals at Propose every 4
/// days; this one: 16 days"). Without an A-tier benchmark the rule stays silent.
/// </summary>
public sealed class LowActivityRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.LowActivity;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings)
    {
        var current = context.Facts.CurrentSegment;
        if (!current.HasValue || current.Value.Days < settings.Parameter(RuleParameterNames.MinDaysInStage))
        {
            return false;
        }

        var segment = current.Value;
        var benchmark = context.TopPerformers.TouchCadence(segment.Stage);
        return benchmark.HasValue && segment.DaysPerTouch > settings.Parameter(RuleParameterNames.CadenceMultiplier) * benchmark.Value;
    }

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var segment = context.Facts.CurrentSegment!.Value;
        var benchmark = context.TopPerformers.TouchCadence(segment.Stage)!.Value;
        return Tip(context, settings, "Low activity",
            "Plan the next two touches on this deal now: a call and a meeting with a new stakeholder.",
            measure: context.Joined("Days between touches at ", segment.Stage),
            observed: Words.Days(segment.DaysPerTouch),
            benchmark: Words.Days(benchmark),
            signal: new TipSignal { Observed = segment.DaysPerTouch, Benchmark = benchmark });
    }
}
