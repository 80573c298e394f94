using System;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Coaching.Rules;

/// <summary>Base of the rep-level rules: <see cref="IsCleared"/> negates <see cref="Applies"/>, shared tip fields in one place.</summary>
public abstract class RepRule : IRepRule
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public CoachingTip? Evaluate(RepRuleContext context, RuleSettings settings)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return Applies(context, settings) ? Describe(context, settings) : null;
    }

    /// <inheritdoc />
    public bool IsCleared(RepRuleContext context, RuleSettings settings)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return !Applies(context, settings);
    }

    /// <summary>True when the condition holds for the rep this period.</summary>
    protected abstract bool Applies(RepRuleContext context, RuleSettings settings);

    /// <summary>The tip when <see cref="Applies"/> is true.</summary>
    protected abstract CoachingTip Describe(RepRuleContext context, RuleSettings settings);

    /// <summary>Fills the fields every rep tip shares; the words come from <see cref="TipWording"/>.</summary>
    protected CoachingTip Tip(RepRuleContext context, RuleSettings settings, string assigneeId, string title, string action, TipFacts facts)
    {
        var tip = new CoachingTip
        {
            Key = TipKeys.ForRep(Id, context.Rep.Id, context.Period),
            RuleId = Id,
            RepId = context.Rep.Id,
            AssigneeId = assigneeId,
            RecordType = TipRecordTypes.Rep,
            RecordId = context.Rep.Id,
            Severity = settings.Severity,
            Title = title, // Never the rep's name: the tip sits on the rep's scorecard.
            TrainingLink = string.IsNullOrEmpty(settings.TrainingLink) ? null : settings.TrainingLink,
            DueOn = TipDueDates.For(settings.Severity, context.Now),
        };
        TipWording.Apply(tip, action, facts);
        return tip;
    }
}
