namespace CrmSpm.Core.Scoring.Signals;

/// <summary>Which inputs exist for one rep (docs/scoring.md §9): what their scores, benchmarks and tips may use.</summary>
public sealed class RepSignals
{
    public string RepId { get; set; } = "";

    public string? TeamId { get; set; }

    /// <summary>Completed activities on the rep's open deals and deals closed in the window, up to now.</summary>
    public int Touches { get; set; }

    /// <summary>Completed calls and emails in the last windows.activityDays days.</summary>
    public int RecentCallsAndEmails { get; set; }

    /// <summary>Deals (open or closed in the window) with at least one contact engaged.</summary>
    public int DealsWithContacts { get; set; }

    /// <summary>Open deals.</summary>
    public int OpenDeals { get; set; }

    /// <summary>Deals (open or closed in the window) with a stage change recorded (<see cref="DealFacts.HasStageChange"/>).</summary>
    public int DealsWithStageChange { get; set; }

    /// <summary>Open deals with a next step.</summary>
    public int DealsWithNextStep { get; set; }

    /// <summary>True when the rep has a positive quota for the current period.</summary>
    public bool HasQuota { get; set; }

    /// <summary>True when the rep's start date is known (tenure can be normalised).</summary>
    public bool HasStartDate { get; set; }

    /// <summary>True when any activity is logged on the rep's deals: activity-based behaviours and tips need it.</summary>
    public bool HasActivities => Touches > 0;
}
