namespace CrmSpm.Core.Coaching.Policy;

/// <summary>Why a tip was deferred or suppressed, as connectors report it.</summary>
public static class DeferralReasons
{
    /// <summary>The deal already shows as many tips as the budget allows.</summary>
    public const string DealCap = "deal cap";

    /// <summary>The rep was shown as many new tips this week as the budget allows.</summary>
    public const string WeeklyCap = "weekly cap";

    /// <summary>The connector's own write budget (an event's round trips) ran out; the next event or run writes it.</summary>
    public const string WriteBudget = "write budget";

    /// <summary>The deal's score says this signal helps the deal here: a tip calling it a problem would contradict it.</summary>
    public const string ContradictsDealReason = "contradicts deal reason";
}
