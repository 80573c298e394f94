namespace CrmSpm.Core.Coaching.Policy;

/// <summary>What the policy decided for one tip (docs/scoring.md, "Tip policy").</summary>
public enum TipActionKind
{
    /// <summary>Cancel a rep-level tip of a past period: this period's tips replace it.</summary>
    Supersede,

    /// <summary>Close an open tip whose condition cleared.</summary>
    Close,

    /// <summary>Show a tip that was never shown.</summary>
    Raise,

    /// <summary>Show again a tip the rep answered (or that cleared) whose condition is back, on the reinforcement schedule.</summary>
    Resurface,

    /// <summary>Rewrite an open tip whose text or evidence changed.</summary>
    Refresh,

    /// <summary>Leave a snoozed tip hidden: nothing to write.</summary>
    KeepSnoozed,
}
