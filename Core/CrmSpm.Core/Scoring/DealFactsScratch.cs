using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CrmSpm.Core.Profile;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The working lists <see cref="DealFactsBuilder"/> fills while it builds one deal's facts, reused deal after
/// deal: new lists per deal were about a fifth of a full run's allocations, and whatever a run allocates and
/// keeps, the garbage collector copies. One set per thread keeps a shared builder safe across threads.
/// </summary>
internal sealed class DealFactsScratch
{
    [ThreadStatic]
    private static DealFactsScratch? current;

    // Stage look-ups by string instance (FindStage): 16 slots, a power of two so a hash picks one with a mask.
    private readonly string?[] stageNames = new string?[16];
    private readonly StageDefinition?[] stageFound = new StageDefinition?[16];
    private StageCatalogue? stageCatalogue;

    /// <summary>Distinct contact ids seen on the deal's activities.</summary>
    public List<string> Contacts { get; } = new List<string>();

    /// <summary>Distinct contact ids seen on the deal's activities up to its mid-life (<see cref="MidLifeTouches"/>).</summary>
    public List<string> MidLifeContacts { get; } = new List<string>();

    /// <summary>The deal's stage segments while they are built (an array, so a segment's touches count in place); the facts keep a copy.</summary>
    public StageSegment[] Segments { get; private set; } = new StageSegment[8];

    /// <summary>Segments in <see cref="Segments"/>.</summary>
    public int SegmentCount { get; private set; }

    /// <summary>Appends a segment, growing the array when full.</summary>
    public void AddSegment(StageSegment segment)
    {
        if (SegmentCount == Segments.Length)
        {
            var grown = new StageSegment[Segments.Length * 2];
            Array.Copy(Segments, grown, SegmentCount);
            Segments = grown;
        }

        Segments[SegmentCount++] = segment;
    }

    /// <summary>An exact-size copy of the segments (one deal at a time; the full run copies them into a <see cref="StageSegmentStore"/>).</summary>
    public StageSegments SegmentsCopy()
    {
        var copy = new StageSegment[SegmentCount];
        Array.Copy(Segments, copy, SegmentCount);
        return new StageSegments(copy, 0, SegmentCount);
    }

    /// <summary>A deal model's view of a closed deal while it is written (<see cref="MidLifeFeatures"/>); every field is set each time.</summary>
    public Deals.DealFeatures Training { get; } = new Deals.DealFeatures();

    /// <summary>
    /// <paramref name="stages"/>' stage called <paramref name="name"/>, remembered for the string instance: a slot per
    /// identity hash holds the last name looked up there and what it found (a different string, even an equal one,
    /// just looks up again). The slots are forgotten when the catalogue changes.
    /// </summary>
    public StageDefinition? FindStage(StageCatalogue stages, string? name)
    {
        if (name == null)
        {
            return null;
        }

        if (!ReferenceEquals(stages, stageCatalogue))
        {
            Array.Clear(stageNames, 0, stageNames.Length);
            stageCatalogue = stages;
        }

        var slot = RuntimeHelpers.GetHashCode(name) & (stageNames.Length - 1);
        if (!ReferenceEquals(stageNames[slot], name))
        {
            stageNames[slot] = name;
            stageFound[slot] = stages.Find(name);
        }

        return stageFound[slot];
    }

    /// <summary>The calling thread's lists, as they are.</summary>
    public static DealFactsScratch Current => current ?? (current = new DealFactsScratch());

    /// <summary>The calling thread's lists, emptied.</summary>
    public static DealFactsScratch Take()
    {
        var scratch = Current;
        scratch.Contacts.Clear();
        scratch.MidLifeContacts.Clear();
        scratch.SegmentCount = 0;
        return scratch;
    }
}
