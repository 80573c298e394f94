using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Count, mean and sum of squared deviations of each behaviour slot (<see cref="BehaviourSlots"/>) over a set of deals,
/// in two passes over the same observations in the same order: the first sums the values, the second the squared
/// deviations from their mean. That is exactly the arithmetic of <see cref="Statistics.CohensD(System.Collections.Generic.IReadOnlyList{double}, System.Collections.Generic.IReadOnlyList{double})"/>
/// on lists of the values, without a list per behaviour (a million values per run, docs/performance.md). The first
/// pass's observations are recorded in plain chunks, in order, so the second pass can replay them
/// (<see cref="SecondPassFromRecord"/>) instead of visiting the deals again.
/// </summary>
internal sealed class BehaviourMoments
{
    private int[] counts = new int[8];
    private double[] sums = new double[8];
    private double[] squares = new double[8];
    private double[]? means;

    // 4,096 doubles are 32 KB: arrays of 85 KB or more go to the large object heap, collected only with gen 2.
    private const int RecordChunk = 4096;
    private readonly List<int[]> recordedSlots = new List<int[]>();
    private readonly List<double[]> recordedValues = new List<double[]>();
    private int recordedInLast;

    /// <summary>Values seen in <paramref name="slot"/>.</summary>
    public int Count(int slot) => slot < counts.Length ? counts[slot] : 0;

    /// <summary>Mean of <paramref name="slot"/>'s values (first pass: their sum ÷ count).</summary>
    public double Mean(int slot) => sums[slot] / counts[slot];

    /// <summary>Σ (value − mean)² of <paramref name="slot"/>; complete after the second pass.</summary>
    public double Squares(int slot) => squares[slot];

    /// <summary>Ends the first pass: the same observations, visited again, now add their squared deviations.</summary>
    public void StartSecondPass()
    {
        means = new double[counts.Length];
        for (var slot = 0; slot < counts.Length; slot++)
        {
            means[slot] = counts[slot] > 0 ? Mean(slot) : 0;
        }
    }

    /// <summary>
    /// Ends the first pass and makes the second from the first pass's observations as recorded, in the same order,
    /// without visiting the deals again (scattered in memory, they cost a cache miss each).
    /// </summary>
    public void SecondPassFromRecord()
    {
        StartSecondPass();
        for (var chunk = 0; chunk < recordedSlots.Count; chunk++)
        {
            var chunkSlots = recordedSlots[chunk];
            var chunkValues = recordedValues[chunk];
            var length = chunk == recordedSlots.Count - 1 ? recordedInLast : RecordChunk;
            for (var i = 0; i < length; i++)
            {
                Add(chunkSlots[i], chunkValues[i]);
            }
        }
    }

    /// <summary>One observation of <paramref name="slot"/>.</summary>
    public void Add(int slot, double value)
    {
        if (means != null)
        {
            var deviation = value - means[slot];
            squares[slot] += deviation * deviation;
            return;
        }

        if (slot >= counts.Length)
        {
            var size = Math.Max(slot + 1, counts.Length * 2);
            Array.Resize(ref counts, size);
            Array.Resize(ref sums, size);
            Array.Resize(ref squares, size);
        }

        counts[slot]++;
        sums[slot] += value;
        Record(slot, value);
    }

    /// <summary>Keeps a first-pass observation for <see cref="SecondPassFromRecord"/>, in chunks small enough to stay off the large object heap.</summary>
    private void Record(int slot, double value)
    {
        if (recordedSlots.Count == 0 || recordedInLast == RecordChunk)
        {
            recordedSlots.Add(new int[RecordChunk]);
            recordedValues.Add(new double[RecordChunk]);
            recordedInLast = 0;
        }

        recordedSlots[recordedSlots.Count - 1][recordedInLast] = slot;
        recordedValues[recordedValues.Count - 1][recordedInLast++] = value;
    }
}
