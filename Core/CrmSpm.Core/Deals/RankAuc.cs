using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// ROC AUC by ranks: the deal model's held-out check tests it (<see cref="DealModelCheck"/>) and the offline evaluation
/// reports it. Here, not in Evaluation, because the plugin compiles the deal model without the evaluation.
/// </summary>
internal static class RankAuc
{
    /// <summary>
    /// Probability that a random won deal scores above a random lost one, ties counting half (the Mann–Whitney
    /// statistic); 0.5 when either class is missing.
    /// </summary>
    public static double Of(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes)
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
