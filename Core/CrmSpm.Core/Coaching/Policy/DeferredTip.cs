namespace CrmSpm.Core.Coaching.Policy;

/// <summary>A tip (or a write) the policy held back, and why: never silently dropped, a later plan picks it up.</summary>
public sealed class DeferredTip
{
    public DeferredTip(string key, CoachingTip? tip, string reason)
    {
        Key = key;
        Tip = tip;
        Reason = reason;
    }

    public string Key { get; }

    /// <summary>The tip as the rules see it; null for a deferred close.</summary>
    public CoachingTip? Tip { get; }

    /// <summary>One of <see cref="DeferralReasons"/>.</summary>
    public string Reason { get; }
}
