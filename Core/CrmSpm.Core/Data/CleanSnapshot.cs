using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Data;

/// <summary>
/// A snapshot after <see cref="SnapshotSanitizer"/>: no nulls, unique ids, everything sorted by id (so input
/// order cannot change a result) and activities indexed by deal.
/// </summary>
public sealed class CleanSnapshot
{
    private readonly ActivityGrouping activities;

    internal CleanSnapshot(ActivityGrouping activities)
    {
        this.activities = activities;
    }

    /// <summary>Reps sorted by id.</summary>
    public IReadOnlyList<Rep> Reps { get; internal set; } = new Rep[0];

    public IReadOnlyDictionary<string, Rep> RepsById { get; internal set; } = new Dictionary<string, Rep>();

    /// <summary>Opportunities of known reps, sorted by id.</summary>
    public IReadOnlyList<Opportunity> Opportunities { get; internal set; } = new Opportunity[0];

    /// <summary>The activities of <c>Opportunities[opportunityIndex]</c>, duplicates removed.</summary>
    public ArraySegment<Activity> ActivitiesOf(int opportunityIndex) => activities.Of(opportunityIndex);

    /// <summary>True when every deal went to the stream given to the sanitizer (<see cref="IDealStream"/>).</summary>
    internal bool Streamed => activities.Streamed;

    /// <summary>What was wrong and what was done about it.</summary>
    public IReadOnlyList<DataIssue> Issues { get; internal set; } = new DataIssue[0];
}
