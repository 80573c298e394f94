using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Evaluation;

/// <summary>ROC AUC and Brier score of probability forecasts against 0/1 outcomes.</summary>
public static class EvaluationMetrics
{
    /// <summary>Mean squared difference between forecast and outcome; lower is better.</summary>
    public static double Brier(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes)
    {
        double sum = 0;
        for (var i = 0; i < forecasts.Count; i++)
        {
            var error = forecasts[i] - (outcomes[i] ? 1 : 0);
            sum += error * error;
        }

        return forecasts.Count == 0 ? double.NaN : sum / forecasts.Count;
    }

    /// <summary>
    /// Probability that a random won deal scores above a random lost one, ties counting half (the Mann–Whitney
    /// statistic); 0.5 when either class is missing.
    /// </summary>
    public static double Auc(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes)
    {
        var indices = new int[forecasts.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(indices, (a, b) => forecasts[a].CompareTo(forecasts[b]));
        double rankSumWon = 0;
        int won = 0, lost = 0;
        for (var start = 0; start < indices.Length;)
        {
            var end = start;
            while (end + 1 < indices.Length && forecasts[indices[end + 1]] == forecasts[indices[start]])
            {
                end++;
            }

            var averageRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (outcomes[indices[k]])
                {
                    rankSumWon += averageRank;
                    won++;
                }
                else
                {
                    lost++;
                }
            }

            start = end + 1;
        }

        return won == 0 || lost == 0 ? 0.5 : (rankSumWon - won * (won + 1) / 2.0) / ((double)won * lost);
    }
}
