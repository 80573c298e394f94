using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>single-threaded-late-stage: an open deal at a late stage (stages[i].isLate) with fewer than minContacts contacts.</summary>
public sealed class SingleThreadedLateStageRule : DealRule
{
    /// <inheritdoc />
    public override string Id => RuleIds.SingleThreadedLateStage;

    /// <inheritdoc />
    protected override bool Applies(DealRuleContext context, RuleSettings settings) =>
        context.Facts.Stage != null && context.Facts.Stage.IsLate
        && context.Facts.ContactsEngaged < settings.Parameter(RuleParameterNames.MinContacts);

    /// <inheritdoc />
    protected override CoachingTip Describe(DealRuleContext context, RuleSettings settings)
    {
        var contacts = context.Facts.ContactsEngaged;
        var aContacts = context.TopPerformers.ABenchmark(BehaviourKeys.ContactsPerDeal);
        return Tip(context, settings, "Single-threaded at a late stage",
            "Meet the economic buyer and another stakeholder before the decision.",
            measure: context.Joined("Contacts engaged at ", context.Facts.Stage!.Name),
            observed: Words.Count(contacts),
            benchmark: context.TopPerformers.Worded(BehaviourKeys.ContactsPerDeal, Words.Count),
            limitLabel: "Minimum",
            limit: Words.Count(settings.Parameter(RuleParameterNames.MinContacts)),
            signal: new TipSignal { Feature = DealFeatureNames.Contacts, Observed = contacts, Benchmark = aContacts, HigherIsBetter = true });
    }
}
