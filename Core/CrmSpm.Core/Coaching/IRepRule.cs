namespace CrmSpm.Core.Coaching;

/// <summary>A coaching rule about a rep as a whole (adoption, recognition), evaluated once per period run.</summary>
public interface IRepRule
{
    /// <summary>Stable id from <see cref="RuleIds"/>.</summary>
    string Id { get; }

    /// <summary>The tip when the condition holds for this rep in this period, otherwise null.</summary>
    CoachingTip? Evaluate(RepRuleContext context, Profile.RuleSettings settings);

    /// <summary>True when the condition no longer holds, so an open tip for this rep and period can be closed.</summary>
    bool IsCleared(RepRuleContext context, Profile.RuleSettings settings);
}
