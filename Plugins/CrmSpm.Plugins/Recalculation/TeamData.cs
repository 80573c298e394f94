using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>One sales team (business unit) as the recompute loads it: Core's snapshot plus the rows behind it.</summary>
public sealed class TeamData
{
    public Guid TeamId { get; set; }
    public string TeamName { get; set; } = "";
    public OrgSnapshot Snapshot { get; } = new OrgSnapshot();
    public Dictionary<Guid, Entity> Opportunities { get; } = new Dictionary<Guid, Entity>();

    /// <summary>Every deal's touches rebuilt from its completed activity rows, by deal id (empty logs included).</summary>
    public Dictionary<Guid, Deals.TouchLog> TouchLogs { get; } = new Dictionary<Guid, Deals.TouchLog>();

    /// <summary>
    /// Per deal, the touch columns (touch log, activity count, last touch) that differ from the activity rows: already
    /// applied to the row in <see cref="Opportunities"/> so scoring sees the truth, still to be written. A deal here is
    /// stale: an event step missed one of its activities (or it predates CrmSpm).
    /// </summary>
    public Dictionary<Guid, Entity> TouchChanges { get; } = new Dictionary<Guid, Entity>();

    /// <summary>The team's stored model row, null before its first close or recompute.</summary>
    public Entity? CurrentModel { get; set; }

    /// <summary>The reps' scorecards for the run's period, by rep id; missing for reps never scored.</summary>
    public Dictionary<Guid, Entity> CurrentCards { get; } = new Dictionary<Guid, Entity>();

    /// <summary>The reps' scorecards for the previous period (for trends), by rep id.</summary>
    public Dictionary<Guid, Entity> PreviousCards { get; } = new Dictionary<Guid, Entity>();

    /// <summary>
    /// The tip tasks regarding each deal and scorecard of the team, by record id then task id, read with the load
    /// (<see cref="TeamTipReader"/>); a record without tips is absent.
    /// </summary>
    public Dictionary<Guid, Dictionary<Guid, Coaching.ExistingTip>> Tips { get; set; } = new Dictionary<Guid, Dictionary<Guid, Coaching.ExistingTip>>();

    /// <summary>The tip tasks regarding any of <paramref name="recordIds"/>, by task id.</summary>
    public Dictionary<Guid, Coaching.ExistingTip> TipsOf(params Guid[] recordIds)
    {
        var found = new Dictionary<Guid, Coaching.ExistingTip>();
        foreach (var id in recordIds)
        {
            if (Tips.TryGetValue(id, out var tips))
            {
                foreach (var tip in tips)
                {
                    found[tip.Key] = tip.Value;
                }
            }
        }

        return found;
    }
}
