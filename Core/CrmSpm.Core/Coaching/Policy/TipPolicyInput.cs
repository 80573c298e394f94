using System;
using System.Collections.Generic;
using CrmSpm.Core.Coaching.Reinforcement;
using CrmSpm.Core.Deals;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>What <see cref="TipPolicy"/> decides from.</summary>
public sealed class TipPolicyInput
{
    /// <summary>Now, from the clock.</summary>
    public DateTime Now { get; set; }

    /// <summary>The tips the rules produce now for the records in scope.</summary>
    public IReadOnlyList<CoachingTip> Tips { get; set; } = new CoachingTip[0];

    /// <summary>
    /// The stored tips of the records in scope: every one of them that is open and not among <see cref="Tips"/> has
    /// cleared (or belongs to a past period), so pass only the records whose rules were evaluated.
    /// </summary>
    public IReadOnlyList<StoredTip> Stored { get; set; } = new StoredTip[0];

    /// <summary>
    /// Tips shown to each rep (by rep id) in the last 7 days on records outside <see cref="Stored"/>'s scope, which the
    /// weekly cap counts beside the ones it sees. A connector that plans one record at a time passes them (docs/plugins.md,
    /// "Weekly tip cap"); null or a missing rep counts none.
    /// </summary>
    public IReadOnlyDictionary<string, int>? ShownElsewhere { get; set; }

    public ReinforcementSchedule Schedule { get; set; } = new ReinforcementSchedule(null);

    public TipBudget Budget { get; set; } = TipBudget.Default;

    /// <summary>The current period (<c>2026-11</c>): open rep-level tips of another period are superseded. Null: none are.</summary>
    public string? Period { get; set; }

    /// <summary>What the rep reads, as the connector renders it; an open tip whose rendering changed is refreshed.</summary>
    public Func<CoachingTip, string> Fingerprint { get; set; } = TipWording.Fingerprint;

    /// <summary>A deal's score reasons by opportunity id (null when not scored), for <see cref="TipReasonCheck"/>.</summary>
    public Func<string, IEnumerable<DealReason>?>? ReasonsOf { get; set; }
}
