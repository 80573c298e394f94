using System.Collections.Generic;

namespace CrmSpm.Core.Coaching;

/// <summary>The outcome of running every enabled deal rule on one deal.</summary>
public sealed class DealCoachingResult
{
    /// <summary>Tips whose condition holds now (one per rule at most).</summary>
    public IReadOnlyList<CoachingTip> Tips { get; set; } = new CoachingTip[0];

    /// <summary>Keys of tips whose condition has cleared for this deal: open tasks with these keys can be closed.</summary>
    public IReadOnlyList<string> ClearedKeys { get; set; } = new string[0];
}
