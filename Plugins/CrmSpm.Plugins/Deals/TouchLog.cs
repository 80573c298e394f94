using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Plugins.Json;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The deal's recent touches (<c>crmspm_touchlog</c>), newest last, capped at <see cref="Capacity"/> so the column
/// stays small. Older touches still count in the nightly recompute, which reads the activities themselves.
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

    /// <summary>Reads the column; unreadable JSON starts an empty log (the recompute refills it).</summary>
    public static TouchLog Read(string? json) =>
        new TouchLog((JsonColumn.Read<List<TouchEntry>>(json) ?? new List<TouchEntry>()).Where(e => e != null && IsoDate.Read(e.On).HasValue).ToList());

    public string ToJson() => JsonColumn.Write(_entries);

    /// <summary>Adds a touch; false when the activity was already logged (nothing changes).</summary>
    public bool Add(Guid activityId, DateTime touchedOn, ActivityKind kind, Guid? contactId)
    {
        var id = activityId.ToString();
        if (_entries.Any(e => e.ActivityId == id))
        {
            return false;
        }

        _entries.Add(new TouchEntry { ActivityId = id, On = IsoDate.Write(touchedOn), Kind = KindName(kind), ContactId = contactId?.ToString() });
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
