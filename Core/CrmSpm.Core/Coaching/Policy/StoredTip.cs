using System;

namespace CrmSpm.Core.Coaching.Policy;

/// <summary>
/// A tip as the CRM stores it, reduced to what the policy decides on. Each connector maps its own rows to this
/// and back (the Dataverse plugins from a deal's or scorecard's tip state plus the task, the Salesforce sync from
/// its sync state); the decision itself lives only in <see cref="TipPolicy"/>.
/// </summary>
public sealed class StoredTip
{
    /// <summary>The tip's key (<see cref="TipKeys"/>).</summary>
    public string Key { get; set; } = "";

    /// <summary>The rep the tip is about, for the weekly cap; null when the connector does not know.</summary>
    public string? RepId { get; set; }

    public StoredTipStatus Status { get; set; }

    /// <summary>Until when a snoozed tip stays hidden.</summary>
    public DateTime? SnoozedUntil { get; set; }

    /// <summary>What the rep reads, as the connector rendered it (<see cref="TipPolicyInput.Fingerprint"/>); null when unknown.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>When the tip was first raised.</summary>
    public DateTime? RaisedOn { get; set; }

    /// <summary>When it was last shown (raised or resurfaced): spaced reinforcement and the weekly cap count from it.</summary>
    public DateTime? LastSurfacedOn { get; set; }

    /// <summary>Showings so far.</summary>
    public int ShowCount { get; set; }

    /// <summary>When it was last closed, by the rep or by us.</summary>
    public DateTime? ClosedOn { get; set; }

    /// <summary>True while the task is open (snoozed included).</summary>
    public bool IsOpen => Status == StoredTipStatus.Open || Status == StoredTipStatus.Snoozed;

    public StoredTip Copy() => (StoredTip)MemberwiseClone();

    /// <summary>What the reinforcement schedule reads of it.</summary>
    public Reinforcement.TipShowState ToShowState() => new Reinforcement.TipShowState
    {
        Key = Key,
        ShowCount = ShowCount,
        LastShownOn = LastSurfacedOn,
        IsOpen = IsOpen,
        ClosedOn = ClosedOn,
    };
}
