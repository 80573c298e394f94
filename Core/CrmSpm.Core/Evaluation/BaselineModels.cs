using System;
using System.Collections.Generic;
using System.Globalization;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;

namespace CrmSpm.Core.Evaluation;

/// <summary>A probability model fitted on closed deals, for comparison with <see cref="DealModel"/>.</summary>
public interface IBaselineModel
{
    void Fit(IReadOnlyList<DealFeatures> closedDeals);

    double Predict(DealFeatures openDeal);
}

/// <summary>The deal features as categorical values, stage included as one more category; shared by the baselines.</summary>
internal static class BaselineFeatures
{
    public static string[] Of(DealFeatures deal, DealFeatureBands bands) => new[]
    {
        "stage=" + deal.StageOrder.ToString(CultureInfo.InvariantCulture),
        "touch=" + DealFeatureBands.TouchRecency(deal.DaysSinceTouch),
        "contacts=" + DealFeatureBands.Contacts(deal.ContactsEngaged),
        "pushes=" + DealFeatureBands.Slippage(deal.ClosePushes),
        "amount=" + bands.Amount(deal.Amount),
        "tier=" + DealFeatureBands.OwnerTier(deal.OwnerTier),
    };
}

/// <summary>Textbook naive Bayes with add-one (Laplace) smoothing on the same features; prior (W + 1) ÷ (N + 2).</summary>
public sealed class AddOneNaiveBayes : IBaselineModel
{
    private readonly DealFeatureBands bands;
    private readonly Dictionary<string, int[]> counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> valuesPerFeature = new Dictionary<int, HashSet<string>>();
    private int won, lost;

    public AddOneNaiveBayes(DealFeatureBands bands)
    {
        this.bands = bands;
    }

    public void Fit(IReadOnlyList<DealFeatures> closedDeals)
    {
        foreach (var deal in closedDeals)
        {
            var isWon = deal.Outcome == OpportunityStatus.Won;
            if (isWon) { won++; } else { lost++; }
            var values = BaselineFeatures.Of(deal, bands);
            for (var f = 0; f < values.Length; f++)
            {
                if (!counts.TryGetValue(values[f], out var c))
                {
                    counts[values[f]] = c = new int[2];
                }

                c[isWon ? 0 : 1]++;
                if (!valuesPerFeature.TryGetValue(f, out var seen))
                {
                    valuesPerFeature[f] = seen = new HashSet<string>(StringComparer.Ordinal);
                }

                seen.Add(values[f]);
            }
        }
    }

    public double Predict(DealFeatures openDeal)
    {
        var logit = Math.Log((won + 1.0) / (lost + 1.0));
        var values = BaselineFeatures.Of(openDeal, bands);
        for (var f = 0; f < values.Length; f++)
        {
            counts.TryGetValue(values[f], out var c);
            var k = (valuesPerFeature.TryGetValue(f, out var seen) ? seen.Count : 0) + 1;
            logit += Math.Log(((c?[0] ?? 0) + 1.0) / (won + k)) - Math.Log(((c?[1] ?? 0) + 1.0) / (lost + k));
        }

        return 1 / (1 + Math.Exp(-logit));
    }
}

/// <summary>Logistic regression on one-hot features with an L2 penalty λ‖w‖² ÷ 2 (intercept unpenalised), fitted by Newton's method.</summary>
public sealed class L2LogisticRegression : IBaselineModel
{
    private readonly DealFeatureBands bands;
    private readonly double lambda;
    private readonly Dictionary<string, int> columns = new Dictionary<string, int>(StringComparer.Ordinal);
    private double[] weights = new double[1];

    public L2LogisticRegression(DealFeatureBands bands, double lambda = 1)
    {
        this.bands = bands;
        this.lambda = lambda;
    }

    public void Fit(IReadOnlyList<DealFeatures> closedDeals)
    {
        var rows = new List<int[]>();
        var y = new List<double>();
        foreach (var deal in closedDeals)
        {
            rows.Add(Encode(deal, grow: true));
            y.Add(deal.Outcome == OpportunityStatus.Won ? 1 : 0);
        }

        var d = columns.Count + 1;
        weights = new double[d];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var j = 1; j < d; j++)
            {
                gradient[j] = lambda * weights[j];
                hessian[j, j] = lambda;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var p = Sigmoid(Linear(rows[i]));
                var residual = p - y[i];
                var curvature = Math.Max(p * (1 - p), 1e-9);
                var active = rows[i];
                for (var a = 0; a < active.Length; a++)
                {
                    gradient[active[a]] += residual;
                    for (var b = 0; b < active.Length; b++)
                    {
                        hessian[active[a], active[b]] += curvature;
                    }
                }
            }

            var step = Solve(hessian, gradient);
            double change = 0;
            for (var j = 0; j < d; j++)
            {
                weights[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }
    }

    public double Predict(DealFeatures openDeal) => Sigmoid(Linear(Encode(openDeal, grow: false)));

    /// <summary>Column 0 is the intercept; unseen values have no column.</summary>
    private int[] Encode(DealFeatures deal, bool grow)
    {
        var active = new List<int> { 0 };
        foreach (var value in BaselineFeatures.Of(deal, bands))
        {
            if (!columns.TryGetValue(value, out var column) && grow)
            {
                columns[value] = column = columns.Count + 1;
            }

            if (column > 0)
            {
                active.Add(column);
            }
        }

        return active.ToArray();
    }

    private double Linear(int[] active)
    {
        double sum = 0;
        foreach (var column in active)
        {
            sum += column < weights.Length ? weights[column] : 0;
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Gaussian elimination with partial pivoting; the matrix is positive definite thanks to the penalty.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, col]) < 1e-12)
            {
                continue;
            }

            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    var t = m[col, c]; m[col, c] = m[pivot, c]; m[pivot, c] = t;
                }

                var tb = x[col]; x[col] = x[pivot]; x[pivot] = tb;
            }

            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }

                x[r] -= factor * x[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            var sum = x[r];
            for (var c = r + 1; c < n; c++)
            {
                sum -= m[r, c] * x[c];
            }

            x[r] = Math.Abs(m[r, r]) < 1e-12 ? 0 : sum / m[r, r];
        }

        return x;
    }
}
