using System;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full run's room for every deal's stage segments: a few large arrays, each deal a slice of one. Arrays this
/// size live on the large-object heap, which the garbage collector does not copy; one small array per deal it copied
/// twice (docs/performance.md, Core engine). One store serves one thread.
/// </summary>
internal sealed class StageSegmentStore
{
    /// <summary>Segments per array: 256 KB of them, past the large-object threshold (85,000 bytes) and a small waste at the end.</summary>
    private const int ArrayLength = 8192;

    private StageSegment[] current = new StageSegment[ArrayLength];
    private int used;

    /// <summary>A copy of the first <paramref name="count"/> of <paramref name="segments"/>, as a slice of the store.</summary>
    public StageSegments Add(StageSegment[] segments, int count)
    {
        if (count > current.Length - used)
        {
            // Earlier deals keep their slices of the full array.
            current = new StageSegment[Math.Max(ArrayLength, count)];
            used = 0;
        }

        Array.Copy(segments, 0, current, used, count);
        var slice = new StageSegments(current, used, count);
        used += count;
        return slice;
    }
}
