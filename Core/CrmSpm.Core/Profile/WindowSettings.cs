using System.Collections.Generic;

namespace CrmSpm.Core.Profile;

/// <summary>The <c>windows</c> section: time spans in days.</summary>
public sealed class WindowSettings
{
    /// <summary>Closed deals within this many days feed win rate, cycle, tiers, practices and the deal model.</summary>
    public int OutcomeDays { get; set; } = 365;

    /// <summary>The activity rate counts completed activities within this many days.</summary>
    public int ActivityDays { get; set; } = 28;

    /// <summary>Days before a recurring tip is shown again; the last interval repeats.</summary>
    public IList<int> ReinforcementIntervalsDays { get; set; } = new List<int> { 2, 7, 21 };

    /// <summary>At most this many open tips on one deal (docs/scoring.md, "Tip policy").</summary>
    public int TipsPerDeal { get; set; } = 3;

    /// <summary>At most this many tips shown about one rep in any 7 days.</summary>
    public int TipsPerRepPerWeek { get; set; } = 10;
}
