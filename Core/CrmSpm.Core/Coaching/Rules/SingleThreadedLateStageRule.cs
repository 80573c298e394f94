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
        var aContacts = context.Benchmarks.ABenchmark(BehaviourKeys.ContactsPerDeal);
        var benchmark = aContacts.HasValue ? "Top performers engage " + Words.Count(aContacts.Value) + " contacts per deal" : null;
        return Tip(context, settings, "Single-threaded at a late stage",
            (contacts == 0 ? "No contact is" : contacts == 1 ? "Only 1 contact is" : "Only " + contacts + " contacts are") + " engaged at " + context.Facts.Stage!.Name + "."
                + (benchmark != null ? " " + benchmark + "." : ""),
            "Meet the economic buyer and another stakeholder before the decision.",
            contacts + " contacts", aContacts.HasValue ? Words.Count(aContacts.Value) + " contacts" : null);
    }
}
