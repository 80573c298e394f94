using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>
/// recognition: a quota milestone this period (attainment at least attainmentMilestone) or personal
/// improvement (adoption up at least improvementPoints since the previous period). Recognises progress, not
/// only rank.
/// </summary>
public sealed class RecognitionRule : RepRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.Recognition;

    /// <inheritdoc />
    protected override bool Applies(RepRuleContext context, RuleSettings settings) =>
        ReachedMilestone(context, settings) || Improved(context, settings);

    /// <inheritdoc />
    protected override CoachingTip Describe(RepRuleContext context, RuleSettings settings)
    {
        var card = context.Scorecard;
        if (ReachedMilestone(context, settings))
        {
            return Tip(context, settings, context.Rep.Id, "Milestone reached",
                "Share what worked on the deals you won this period with the team.",
                new TipFacts
                {
                    Measure = "Quota attained this period",
                    ObservedLabel = context.Rep.Name,
                    Observed = Words.Percent(card.Outcomes.Attainment!.Value),
                    LimitLabel = "Milestone",
                    Limit = Words.Percent(settings.Parameter(RuleParameterNames.AttainmentMilestone)),
                });
        }

        var gain = Words.Count(System.Math.Round(card.AdoptionTrend!.Value));
        return Tip(context, settings, context.Rep.Id, "Personal best",
            "Keep the habit going: it makes your pipeline reviews shorter.",
            new TipFacts
            {
                Measure = "CRM adoption since last period",
                ObservedLabel = context.Rep.Name,
                Observed = "+" + gain + " points",
                LimitLabel = "Recognised from",
                Limit = "+" + Words.Count(settings.Parameter(RuleParameterNames.ImprovementPoints)) + " " + Plural.Word(settings.Parameter(RuleParameterNames.ImprovementPoints), "point"),
            });
    }

    private static bool ReachedMilestone(RepRuleContext context, RuleSettings settings)
    {
        var attainment = context.Scorecard.Outcomes.Attainment;
        return attainment.HasValue && attainment.Value >= settings.Parameter(RuleParameterNames.AttainmentMilestone);
    }

    private static bool Improved(RepRuleContext context, RuleSettings settings)
    {
        var trend = context.Scorecard.AdoptionTrend;
        return trend.HasValue && trend.Value >= settings.Parameter(RuleParameterNames.ImprovementPoints);
    }
}
