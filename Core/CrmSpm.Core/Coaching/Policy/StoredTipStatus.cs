namespace CrmSpm.Core.Coaching.Policy;

/// <summary>Where a stored tip stands, whatever the CRM keeps it in (a Dataverse task, a Salesforce Task).</summary>
public enum StoredTipStatus
{
    /// <summary>Shown and unanswered.</summary>
    Open,

    /// <summary>Open, but the rep hid it until <see cref="StoredTip.SnoozedUntil"/>.</summary>
    Snoozed,

    /// <summary>The rep completed it.</summary>
    Done,

    /// <summary>The rep dismissed (or deleted) it.</summary>
    Dismissed,

    /// <summary>We closed it because its condition cleared.</summary>
    Cleared,

    /// <summary>We cancelled it because a newer period's tip replaced it.</summary>
    Superseded,
}
