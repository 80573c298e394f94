using System.Collections.Generic;

namespace CrmSpm.Core.Coaching;

/// <summary>Stable coaching rule ids. They appear in profiles, tip keys and CRM rows: never rename one.</summary>
public static class RuleIds
{
    /// <summary>Open deal not touched for too long.</summary>
    public const string StaleDeal = "stale-deal";

    /// <summary>Open deal whose estimated close date has passed.</summary>
    public const string PastDueCloseDate = "past-due-close-date";

    /// <summary>Open deal past an early stage without a next step.</summary>
    public const string MissingNextStep = "missing-next-step";

    /// <summary>Deal at a late stage with too few contacts engaged.</summary>
    public const string SingleThreadedLateStage = "single-threaded-late-stage";

    /// <summary>Deal whose close date was pushed too often.</summary>
    public const string SlippingDeal = "slipping-deal";

    /// <summary>Deal in its current stage much longer than top performers' deals.</summary>
    public const string StuckInStage = "stuck-in-stage";

    /// <summary>Deal touched far less often than top performers touch deals at that stage.</summary>
    public const string LowActivity = "low-activity";

    /// <summary>Rep's adoption score below the bar: a task for the manager.</summary>
    public const string LowAdoption = "low-adoption";

    /// <summary>Milestones and personal improvement worth celebrating.</summary>
    public const string Recognition = "recognition";

    /// <summary>Every rule id, in catalogue order.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        StaleDeal, PastDueCloseDate, MissingNextStep, SingleThreadedLateStage, SlippingDeal,
        StuckInStage, LowActivity, LowAdoption, Recognition,
    };
}
