using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>
/// stuck-in-stage: an open deal in its current stage longer than benchmarkMultiplier × the A-tier days in
/// that stage (or × the stage's expectedDays until the A tier gives a benchmark).
/// </summary>
public sealed class StuckInStageRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.StuckInStage;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings)
    {
        var segment = context.Facts.CurrentSegment;
        return segment.HasValue && segment.Value.Days > settings.Parameter(RuleParameterNames.BenchmarkMultiplier) * BenchmarkDays(context, out _);
    }

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var segment = context.Facts.CurrentSegment!.Value;
        var days = BenchmarkDays(context, out var fromTopPerformers);
        return Tip(context, settings, "Stuck in stage",
            "Find what blocks the next stage and agree the step that unblocks it.",
            measure: context.Joined("Days in ", segment.Stage),
            observed: Words.Days(segment.Days),
            benchmark: fromTopPerformers ? Words.Days(days) : null,
            limitLabel: "Expected",
            limit: Words.Days(days),
            signal: new TipSignal { Observed = segment.Days, Benchmark = fromTopPerformers ? days : (double?)null });
    }

    private static double BenchmarkDays(DealRuleContext context, out bool fromTopPerformers)
    {
        var stage = context.Facts.CurrentSegment?.Stage ?? "";
        var benchmark = context.TopPerformers.DaysInStage(stage);
        fromTopPerformers = benchmark.HasValue && benchmark.Value > 0;
        return fromTopPerformers ? benchmark!.Value : (context.Facts.Stage?.ExpectedDays ?? 21);
    }
}
