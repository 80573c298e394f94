namespace CrmSpm.Plugins.Coaching;

/// <summary>Values of <see cref="Json.TipStateEntry.Outcome"/>.</summary>
public static class TipOutcomes
{
    public const string Done = "done";
    public const string Dismissed = "dismissed";
    public const string Snoozed = "snoozed";
    public const string Cleared = "cleared";
    public const string Superseded = "superseded";
}
