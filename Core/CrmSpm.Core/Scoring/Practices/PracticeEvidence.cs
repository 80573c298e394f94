using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Whether A-tier reps really do a behaviour better than B-tier reps (docs/scoring.md §4). The test statistic is
/// the difference of the tiers' means, signed so that positive helps; its p-value comes from a one-sided
/// permutation test: every split of the reps into tiers of the same sizes when there are at most
/// <see cref="MaxExactSplits"/>; with at least <see cref="NormalApproximationReps"/> reps in each tier the normal
/// approximation of the same permutation distribution (its exact mean and variance); otherwise
/// <see cref="RandomPermutations"/> random splits seeded by the behaviour key (the same data always gives the same answer).
/// </summary>
public static class PracticeEvidence
{
    /// <summary>
    /// Reps needed in each tier. With 3 and 3 there are 20 splits, so the smallest possible p-value is 1/20 = 0.05:
    /// the smallest samples for which a 5 % test can show anything. With 2 and 2 it could never be below 1/6.
    /// </summary>
    public const int MinRepsPerTier = 3;

    /// <summary>One-sided significance level.</summary>
    public const double Alpha = 0.05;

    public const int MaxExactSplits = 20000;

    public const int RandomPermutations = 4999;

    /// <summary>
    /// Reps in each tier from which the normal approximation replaces random splits: a tier's mean over 50 or more
    /// reps is close to normal (the central limit theorem for sampling without replacement), and thousands of random
    /// splits of hundreds of reps per behaviour were most of a 1,000-rep org's scoring time (docs/performance.md).
    /// </summary>
    public const int NormalApproximationReps = 50;

    /// <summary>The test for one behaviour; <paramref name="a"/> and <paramref name="b"/> are the tiers' rep values.</summary>
    public static PracticeTest Test(IReadOnlyList<double> a, IReadOnlyList<double> b, bool higherIsBetter, string behaviourKey)
    {
        var result = new PracticeTest { ARepCount = a.Count, BRepCount = b.Count };
        if (a.Count < MinRepsPerTier || b.Count < MinRepsPerTier)
        {
            result.Evidence = string.Format(CultureInfo.InvariantCulture,
                "Not enough reps to tell: {0} A-tier and {1} B-tier reps measured, {2} of each needed.", a.Count, b.Count, MinRepsPerTier);
            return result;
        }

        var all = new double[a.Count + b.Count];
        double total = 0;
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = i < a.Count ? a[i] : b[i - a.Count];
            total += all[i];
        }

        var sign = higherIsBetter ? 1.0 : -1.0;
        double sumA = 0;
        foreach (var value in a)
        {
            sumA += value;
        }

        var observed = Statistic(sumA, total, a.Count, b.Count, sign);
        result.Helps = observed > 1e-12 && MediansHelp(a, b, higherIsBetter);
        result.PValue = Combinations(all.Length, a.Count) <= MaxExactSplits
            ? ExactP(all, a.Count, total, sign, observed)
            : Math.Min(a.Count, b.Count) >= NormalApproximationReps
            ? NormalP(all, a.Count, total, observed)
            : RandomP(all, a.Count, total, sign, observed, Seed(behaviourKey));
        result.Evidence = !result.Helps
            ? "A-tier reps do no better than B-tier reps here."
            : result.PValue <= Alpha
                ? string.Format(CultureInfo.InvariantCulture, "A-tier reps do better than B-tier reps ({0} against {1} reps; permutation test p = {2:0.###}).", a.Count, b.Count, result.PValue)
                : string.Format(CultureInfo.InvariantCulture, "A-tier reps look better but it could be chance ({0} against {1} reps; p = {2:0.##}).", a.Count, b.Count, result.PValue);
        return result;
    }

    private static double Statistic(double sumA, double total, int nA, int nB, double sign) => sign * (sumA / nA - (total - sumA) / nB);

    private static bool MediansHelp(IReadOnlyList<double> a, IReadOnlyList<double> b, bool higherIsBetter)
    {
        var medianA = Statistics.Median(a) ?? 0;
        var medianB = Statistics.Median(b) ?? 0;
        return higherIsBetter ? medianA > medianB : medianA < medianB;
    }

    /// <summary>Share of all splits whose statistic is at least the observed one (the observed split included).</summary>
    private static double ExactP(double[] all, int nA, double total, double sign, double observed)
    {
        int atLeast = 0, splits = 0;
        Enumerate(all, nA, 0, 0, 0, total, sign, observed, ref atLeast, ref splits);
        return (double)atLeast / splits;
    }

    private static void Enumerate(double[] all, int nA, int start, int chosen, double sumA, double total, double sign, double observed, ref int atLeast, ref int splits)
    {
        if (chosen == nA)
        {
            splits++;
            if (Statistic(sumA, total, nA, all.Length - nA, sign) >= observed - 1e-12)
            {
                atLeast++;
            }

            return;
        }

        for (var i = start; i <= all.Length - (nA - chosen); i++)
        {
            Enumerate(all, nA, i + 1, chosen + 1, sumA + all[i], total, sign, observed, ref atLeast, ref splits);
        }
    }

    /// <summary>
    /// P(statistic ≥ observed) under the normal law with the permutation distribution's mean (0) and variance:
    /// var(mean A − mean B) = σ² · N² ÷ (nA · nB · (N − 1)), σ² the variance of all N values (divisor N).
    /// </summary>
    private static double NormalP(double[] all, int nA, double total, double observed)
    {
        var n = all.Length;
        var mean = total / n;
        double squares = 0;
        foreach (var value in all)
        {
            squares += (value - mean) * (value - mean);
        }

        var variance = squares / n * n * n / ((double)nA * (n - nA) * (n - 1));
        return variance <= 0 ? 1 : Statistics.NormalUpperTail(observed / Math.Sqrt(variance));
    }

    private static double RandomP(double[] all, int nA, double total, double sign, double observed, int seed)
    {
        var random = new Random(seed);
        var work = (double[])all.Clone();
        var atLeast = 0;
        for (var p = 0; p < RandomPermutations; p++)
        {
            // Partial Fisher–Yates: the first nA entries become a random A tier.
            double sumA = 0;
            for (var i = 0; i < nA; i++)
            {
                var j = i + random.Next(work.Length - i);
                var t = work[i]; work[i] = work[j]; work[j] = t;
                sumA += work[i];
            }

            if (Statistic(sumA, total, nA, all.Length - nA, sign) >= observed - 1e-12)
            {
                atLeast++;
            }
        }

        return (1.0 + atLeast) / (1.0 + RandomPermutations);
    }

    private static double Combinations(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>FNV-1a of the key: string.GetHashCode differs between processes, a seed must not.</summary>
    private static int Seed(string key)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in key ?? "")
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash & 0x7fffffff;
        }
    }
}

/// <summary>The outcome of <see cref="PracticeEvidence.Test"/>.</summary>
public sealed class PracticeTest
{
    public int ARepCount { get; set; }

    public int BRepCount { get; set; }

    /// <summary>True when A's mean and median are on the helpful side of B's.</summary>
    public bool Helps { get; set; }

    /// <summary>One-sided permutation p-value; null when there are too few reps.</summary>
    public double? PValue { get; set; }

    /// <summary>One sentence for the manager.</summary>
    public string Evidence { get; set; } = "";

    /// <summary>Enough reps, the helpful direction, and p ≤ <see cref="PracticeEvidence.Alpha"/>.</summary>
    public bool IsSignificant => PValue.HasValue && Helps && PValue.Value <= PracticeEvidence.Alpha;
}
