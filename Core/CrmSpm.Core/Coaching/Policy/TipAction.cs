namespace CrmSpm.Core.Coaching.Policy;

/// <summary>One decision: what to do, the tip as the rules see it now (null for Close and Supersede), and the stored tip once done.</summary>
public sealed class TipAction
{
    public TipAction(TipActionKind kind, string key, CoachingTip? tip, StoredTip after)
    {
        Kind = kind;
        Key = key;
        Tip = tip;
        After = after;
    }

    public TipActionKind Kind { get; }

    public string Key { get; }

    public CoachingTip? Tip { get; }

    /// <summary>The stored tip after the write: a connector saves it once the CRM confirmed the write.</summary>
    public StoredTip After { get; }

    /// <summary>True when the action writes to the CRM (all but <see cref="TipActionKind.KeepSnoozed"/>).</summary>
    public bool Writes => Kind != TipActionKind.KeepSnoozed;

    /// <summary>True for the actions that show a tip to the rep (the ones the budget counts).</summary>
    public bool Shows => Kind == TipActionKind.Raise || Kind == TipActionKind.Resurface;
}
