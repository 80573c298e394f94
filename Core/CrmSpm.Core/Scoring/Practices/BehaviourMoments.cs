using System;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Count, mean and sum of squared deviations of each behaviour slot (<see cref="BehaviourSlots"/>) over a set of deals,
/// in two passes over the same observations in the same order: the first sums the values, the second the squared
/// deviations from their mean. That is exactly the arithmetic of <see cref="Statistics.CohensD(System.Collections.Generic.IReadOnlyList{double}, System.Collections.Generic.IReadOnlyList{double})"/>
/// on lists of the values, without the lists (a million values per run, docs/performance.md).
/// </summary>
internal sealed class BehaviourMoments
{
    private int[] counts = new int[8];
    private double[] sums = new double[8];
    private double[] squares = new double[8];
    private double[]? means;

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
    }
}
