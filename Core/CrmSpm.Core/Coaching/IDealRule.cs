namespace CrmSpm.Core.Coaching;

/// <summary>A coaching rule about one deal. Cheap: it only reads the context, so a plugin can run it on save.</summary>
public interface IDealRule
{
    /// <summary>Stable id from <see cref="RuleIds"/>.</summary>
    string Id { get; }

    /// <summary>The tip when the rule's condition holds for this deal, otherwise null.</summary>
    CoachingTip? Evaluate(DealRuleContext context, Profile.RuleSettings settings);

    /// <summary>
    /// True when the condition no longer holds (including when the deal has closed), so an open tip with this
    /// rule's key for the deal can be closed automatically.
    /// </summary>
    bool IsCleared(DealRuleContext context, Profile.RuleSettings settings);
}
