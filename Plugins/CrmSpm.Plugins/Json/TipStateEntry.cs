using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// One element of <c>crmspm_tipstate</c> on the opportunity: what happened to one rule's tip on this deal. Kept on the
/// deal so an event decides "raise, leave, reopen or close" without querying tasks (closed tasks are read-only anyway).
/// </summary>
[DataContract]
public sealed class TipStateEntry
{
    [DataMember(Name = "rule", Order = 1)]
    public string RuleId { get; set; } = "";

    /// <summary>True while the tip's task is open.</summary>
    [DataMember(Name = "open", Order = 2)]
    public bool Open { get; set; }

    /// <summary>How many times the tip has been raised (spaced reinforcement).</summary>
    [DataMember(Name = "shows", Order = 3)]
    public int Shows { get; set; }

    [DataMember(Name = "lastShownOn", Order = 4)]
    public string LastShownOn { get; set; } = "";

    /// <summary><c>done</c>, <c>dismissed</c>, <c>snoozed</c> (the rep's answer) or <c>cleared</c> (condition gone).</summary>
    [DataMember(Name = "outcome", Order = 5, EmitDefaultValue = false)]
    public string? Outcome { get; set; }

    [DataMember(Name = "closedOn", Order = 6, EmitDefaultValue = false)]
    public string? ClosedOn { get; set; }

    [DataMember(Name = "snoozedUntil", Order = 7, EmitDefaultValue = false)]
    public string? SnoozedUntil { get; set; }
}
