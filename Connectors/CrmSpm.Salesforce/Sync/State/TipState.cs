using System;
using CrmSpm.Core.Coaching.Reinforcement;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>
/// What the sync knows about one tip key: Core's show state (for spaced reinforcement), the task it wrote,
/// a fingerprint of the fields last written (unchanged tips are not rewritten) and the rep's last response.
/// </summary>
public sealed class TipState
{
    public string Key { get; set; } = "";

    public string? TaskId { get; set; }

    public int ShowCount { get; set; }

    public DateTimeOffset? LastShownOn { get; set; }

    public bool IsOpen { get; set; }

    public DateTimeOffset? ClosedOn { get; set; }

    public string? Fingerprint { get; set; }

    /// <summary>Done, Dismissed or Snoozed (the rep's answer), null when none.</summary>
    public string? Response { get; set; }

    public string? DismissReason { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    public DateTimeOffset? RespondedOn { get; set; }

    public TipShowState ToShowState() => new()
    {
        Key = Key,
        ShowCount = ShowCount,
        LastShownOn = LastShownOn?.UtcDateTime,
        IsOpen = IsOpen,
        ClosedOn = ClosedOn?.UtcDateTime,
    };

    public void Apply(TipShowState show)
    {
        ShowCount = show.ShowCount;
        LastShownOn = ToUtc(show.LastShownOn);
        IsOpen = show.IsOpen;
        ClosedOn = ToUtc(show.ClosedOn);
    }

    public TipState Copy() => (TipState)MemberwiseClone();

    private static DateTimeOffset? ToUtc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
