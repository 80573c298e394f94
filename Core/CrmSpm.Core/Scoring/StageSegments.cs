using System;
using System.Collections;
using System.Collections.Generic;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// One deal's stage segments, oldest first: a slice of an array the full run shares among many deals
/// (<see cref="StageSegmentStore"/>), or a deal's own array. A struct list, so a deal's segments are no object of
/// their own: 100,000 small arrays were an eighth of what a full run's garbage collections copied.
/// </summary>
public readonly struct StageSegments : IReadOnlyList<StageSegment>
{
    private readonly StageSegment[]? array;
    private readonly int offset;

    internal StageSegments(StageSegment[] array, int offset, int count)
    {
        this.array = array;
        this.offset = offset;
        Count = count;
    }

    /// <summary>Segments in the list.</summary>
    public int Count { get; }

    /// <summary>The <paramref name="index"/>-th segment, oldest first.</summary>
    public StageSegment this[int index] =>
        index >= 0 && index < Count ? array![offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Enumerates the segments without boxing (foreach over the struct).</summary>
    public Enumerator GetEnumerator() => new Enumerator(this);

    IEnumerator<StageSegment> IEnumerable<StageSegment>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The segments in order.</summary>
    public struct Enumerator : IEnumerator<StageSegment>
    {
        private readonly StageSegments segments;
        private int index;

        internal Enumerator(StageSegments segments)
        {
            this.segments = segments;
            index = -1;
        }

        public StageSegment Current => segments[index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < segments.Count;

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }
}
