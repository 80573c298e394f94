using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The deal's recent touches (<c>crmspm_touchlog</c>), newest last. The column keeps the last <see cref="Capacity"/>
/// so it stays small; it is a cache that lets one event rescore the deal without querying its activities. The activity
/// rows are the truth: the nightly recompute reads every completed activity of the team's deals, scores with all of
/// them, and rewrites this log (and the activity count and last touch) from them when it differs, which heals touches
/// logged before install, touches a failed event step missed, and a column that became unreadable.
/// </summary>
public sealed class TouchLog
{
    public const int Capacity = 200;

    private readonly List<TouchEntry> _entries;

    private TouchLog(List<TouchEntry> entries)
    {
        _entries = entries;
    }

    public IReadOnlyList<TouchEntry> Entries => _entries;

    /// <summary>Reads the column; unreadable JSON starts an empty log until the recompute rebuilds it from the activities.</summary>
    public static TouchLog Read(string? json) =>
        new TouchLog((JsonColumn.Read<List<TouchEntry>>(json) ?? new List<TouchEntry>()).Where(e => e != null && IsoDate.Read(e.On).HasValue).ToList());

    /// <summary>
    /// A log rebuilt from activity rows, oldest first, one entry per activity. It keeps every touch (the recompute
    /// scores with all of them); only <see cref="ToJson"/> trims to <see cref="Capacity"/>.
    /// </summary>
    public static TouchLog FromTouches(IEnumerable<TouchEntry> touches)
    {
        var entries = touches
            .GroupBy(e => e.ActivityId, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(e => e.On, StringComparer.Ordinal)
            .ThenBy(e => e.ActivityId, StringComparer.Ordinal)
            .ToList();
        return new TouchLog(entries);
    }

    /// <summary>One touch as the log stores it.</summary>
    public static TouchEntry Entry(Guid activityId, DateTime touchedOn, ActivityKind kind, Guid? contactId) =>
        new TouchEntry { ActivityId = activityId.ToString(), On = IsoDate.Write(touchedOn), Kind = KindName(kind), ContactId = contactId?.ToString() };

    /// <summary>The newest touch, or null for an empty log.</summary>
    public DateTime? LastTouchOn => _entries.Count == 0 ? null : IsoDate.Read(_entries[_entries.Count - 1].On);

    /// <summary>The column's value: the newest <see cref="Capacity"/> touches, fewer should they outgrow the column.</summary>
    public string ToJson() => BoundedText.WriteList(
        _entries.GetRange(Math.Max(0, _entries.Count - Capacity), Math.Min(Capacity, _entries.Count)),
        OpportunityColumns.TouchLogMaxLength, dropOldestFirst: true);

    /// <summary>Removes the touch of an activity (deleted, reopened, cancelled or moved to another deal); false when it was not logged.</summary>
    public bool Remove(Guid activityId)
    {
        var id = activityId.ToString();
        return _entries.RemoveAll(e => e.ActivityId == id) > 0;
    }

    /// <summary>Adds a touch; false when the activity was already logged (nothing changes).</summary>
    public bool Add(Guid activityId, DateTime touchedOn, ActivityKind kind, Guid? contactId)
    {
        var id = activityId.ToString();
        if (_entries.Any(e => e.ActivityId == id))
        {
            return false;
        }

        _entries.Add(Entry(activityId, touchedOn, kind, contactId));
        _entries.Sort((a, b) => string.CompareOrdinal(a.On, b.On));
        if (_entries.Count > Capacity)
        {
            _entries.RemoveRange(0, _entries.Count - Capacity);
        }

        return true;
    }

    /// <summary>The touches as Core activities, so Core computes the deal's facts exactly as in a full run.</summary>
    public IEnumerable<Activity> ToActivities(string opportunityId, string ownerId) =>
        _entries.Select(e => new Activity
        {
            Id = e.ActivityId,
            Kind = ParseKind(e.Kind),
            OwnerId = ownerId,
            RegardingOpportunityId = opportunityId,
            ContactId = e.ContactId,
            CreatedOn = IsoDate.Read(e.On)!.Value,
            CompletedOn = IsoDate.Read(e.On),
            Status = ActivityStatus.Completed,
        });

    private static string KindName(ActivityKind kind) => kind.ToString().ToLowerInvariant();

    private static ActivityKind ParseKind(string? name) =>
        Enum.TryParse<ActivityKind>(name, true, out var kind) ? kind : ActivityKind.Task;
}
