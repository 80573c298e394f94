using System;
using System.Runtime.Serialization;

namespace CrmSpm.Core.Coaching.Reinforcement;

/// <summary>
/// How often a tip (by key) has been shown and whether it is open now. Connectors keep it on the task
/// (crmspm_showcount, dates) and pass it back to <see cref="ReinforcementSchedule"/>.
/// </summary>
[DataContract]
public sealed class TipShowState
{
    [DataMember(Name = "key", Order = 1)]
    public string Key { get; set; } = "";

    /// <summary>Showings so far.</summary>
    [DataMember(Name = "showCount", Order = 2)]
    public int ShowCount { get; set; }

    /// <summary>When it was last shown.</summary>
    [DataMember(Name = "lastShownOn", Order = 3)]
    public DateTime? LastShownOn { get; set; }

    /// <summary>True while the tip is shown (open task).</summary>
    [DataMember(Name = "isOpen", Order = 4)]
    public bool IsOpen { get; set; }

    /// <summary>When it was last closed (condition cleared, done or dismissed).</summary>
    [DataMember(Name = "closedOn", Order = 5)]
    public DateTime? ClosedOn { get; set; }

    internal TipShowState Copy() => (TipShowState)MemberwiseClone();
}
