using System;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>
/// Base of the deal rules: a closed deal never fires (and clears every tip), <see cref="IsCleared"/> is the
/// negation of <see cref="Applies"/>, and the tip's shared fields (key, assignee, due date, training link)
/// are filled in one place.
/// </summary>
public abstract class DealRule : IDealRule
{
    [ThreadStatic]
    private static TipFacts? scratchFacts;

    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public CoachingTip? Evaluate(DealRuleContext context, RuleSettings settings)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return context.Opportunity.IsOpen && Applies(context, settings) ? Describe(context, settings) : null;
    }

    /// <inheritdoc />
    public bool IsCleared(DealRuleContext context, RuleSettings settings)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return !context.Opportunity.IsOpen || !Applies(context, settings);
    }

    /// <summary>True when the rule's condition holds for an open deal.</summary>
    protected abstract bool Applies(DealRuleContext context, RuleSettings settings);

    /// <summary>The tip for a deal where <see cref="Applies"/> is true.</summary>
    protected abstract CoachingTip Describe(DealRuleContext context, RuleSettings settings);

    /// <summary>
    /// <see cref="Tip(DealRuleContext, RuleSettings, string, string, TipFacts)"/> with the facts given part by part (the
    /// observed label is <see cref="TipWording.You"/>). They go into one <see cref="TipFacts"/> per thread, refilled tip
    /// after tip: the wording keeps only the texts and the signal, and a full run raises twenty thousand tips.
    /// </summary>
    private protected CoachingTip Tip(DealRuleContext context, RuleSettings settings, string title, string action, string measure,
        string observed, string? benchmark = null, string? limitLabel = null, string? limit = null, TipSignal? signal = null)
    {
        var facts = scratchFacts ??= new TipFacts();
        facts.Measure = measure;
        facts.ObservedLabel = TipWording.You;
        facts.Observed = observed;
        facts.Benchmark = benchmark;
        facts.LimitLabel = limitLabel;
        facts.Limit = limit;
        facts.Signal = signal;
        var tip = Tip(context, settings, title, action, facts);
        // The tip owns its signal now; the scratch object keeps no part of it.
        facts.Signal = null;
        return tip;
    }

    /// <summary>Fills the fields every deal tip shares; the words come from <see cref="TipWording"/>.</summary>
    protected CoachingTip Tip(DealRuleContext context, RuleSettings settings, string title, string action, TipFacts facts)
    {
        var opportunity = context.Opportunity;
        var tip = new CoachingTip
        {
            Key = TipKeys.ForDeal(Id, opportunity.Id),
            RuleId = Id,
            RepId = opportunity.OwnerId,
            AssigneeId = opportunity.OwnerId,
            RecordType = TipRecordTypes.Opportunity,
            RecordId = opportunity.Id,
            Severity = settings.Severity,
            Title = title, // Never the deal's name: the tip sits on the deal.
            TrainingLink = string.IsNullOrEmpty(settings.TrainingLink) ? null : settings.TrainingLink,
            DueOn = TipDueDates.For(settings.Severity, context.Now),
            Stake = (double)opportunity.PipelineAmount,
        };
        TipWording.Apply(tip, action, facts, context.Texts);
        return tip;
    }
}
