using CrmSpm.Core.Coaching;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Outcomes;
using System;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// Asks Core's recognition rule whether a win made the rep reach their milestone, and only at the win that crosses it:
/// later wins in the same period do not repeat the celebration. Personal-improvement recognition needs the adoption
/// trend, which only the nightly recompute has.
/// </summary>
public sealed class MilestoneRecognizer
{
    private readonly ScoringProfile _profile;

    public MilestoneRecognizer(ScoringProfile profile)
    {
        _profile = profile;
    }

    public CoachingTip? Recognize(Rep rep, string period, OutcomeCounts before, OutcomeCounts after, DateTime now)
    {
        var settings = _profile.EnabledRule(RuleIds.Recognition);
        var rule = CoachingRuleCatalogue.FindRepRule(RuleIds.Recognition);
        if (settings == null || rule == null || !after.Attainment.HasValue)
        {
            return null;
        }

        var tipAfter = rule.Evaluate(Context(rep, period, after, now), settings);
        var tipBefore = before.Attainment.HasValue ? rule.Evaluate(Context(rep, period, before, now), settings) : null;
        return tipAfter != null && tipBefore == null ? tipAfter : null;
    }

    private static RepRuleContext Context(Rep rep, string period, OutcomeCounts counts, DateTime now) =>
        new RepRuleContext(rep, new RepScorecard
        {
            RepId = rep.Id,
            RepName = rep.Name,
            Period = period,
            Outcomes = new RepOutcomes { RepId = rep.Id, Period = period, WonCount = counts.Won, LostCount = counts.Lost, Attainment = counts.Attainment },
        }, null, now);
}
