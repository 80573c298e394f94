using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Scoring;

/// <summary>The few statistics the engine needs, written out so their definitions are visible.</summary>
public static class Statistics
{
    /// <summary>Largest |effect size| reported, so a zero spread cannot produce infinity.</summary>
    public const double MaxEffectSize = 10;

    /// <summary>
    /// P(Z ≥ z) for a standard normal Z, from erf by Abramowitz and Stegun's formula 7.1.26 (absolute error below
    /// 1.5e-7; https://en.wikipedia.org/wiki/Error_function#Approximation_with_elementary_functions).
    /// </summary>
    public static double NormalUpperTail(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * x);
        var poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        var tail = 0.5 * poly * Math.Exp(-x * x); // = (1 − erf(x)) ÷ 2 = P(Z ≥ |z|)
        return z >= 0 ? tail : 1 - tail;
    }

    /// <summary>Median; null when empty.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>
    /// Cohen's d = (mean(a) − mean(b)) ÷ pooled standard deviation, with the pooled variance
    /// ((na − 1)·var(a) + (nb − 1)·var(b)) ÷ (na + nb − 2). 0 when either group has fewer than 2 values;
    /// ±<see cref="MaxEffectSize"/> when the spread is 0 but the means differ.
    /// </summary>
    public static double CohensD(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return 0;
        }

        var meanA = Mean(a);
        var meanB = Mean(b);
        return CohensD(a.Count, meanA, SumOfSquares(a, meanA), b.Count, meanB, SumOfSquares(b, meanB));
    }

    /// <summary>
    /// <see cref="CohensD(IReadOnlyList{double}, IReadOnlyList{double})"/> from each group's count, mean (Σ values ÷ count,
    /// summed in order) and Σ (value − mean)², for callers that keep sums instead of lists.
    /// </summary>
    internal static double CohensD(int countA, double meanA, double squaresA, int countB, double meanB, double squaresB)
    {
        if (countA < 2 || countB < 2)
        {
            return 0;
        }

        var pooled = (squaresA + squaresB) / (countA + countB - 2);
        var diff = meanA - meanB;
        // A spread below 5 % of the values' size is measurement grain, not a real consistency: without the floor
        // a tiny difference between near-identical reps would read as an enormous effect.
        var spread = Math.Max(Math.Sqrt(pooled), 0.05 * (Math.Abs(meanA) + Math.Abs(meanB)) / 2);
        if (spread <= 1e-12)
        {
            return Math.Abs(diff) < 1e-12 ? 0 : Math.Sign(diff) * MaxEffectSize;
        }

        var d = diff / spread;
        return Math.Max(-MaxEffectSize, Math.Min(MaxEffectSize, d));
    }

    /// <summary>Σ values ÷ count, summed in order (what <see cref="Enumerable.Average(IEnumerable{double})"/> computes).</summary>
    private static double Mean(IReadOnlyList<double> values)
    {
        double sum = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
        }

        return sum / values.Count;
    }

    private static double SumOfSquares(IReadOnlyList<double> values, double mean)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return sum;
    }
}
