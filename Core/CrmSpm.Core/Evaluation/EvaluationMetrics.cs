using System;
using System.Collections.Generic;
using CrmSpm.Core.Deals;

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
    public static double Auc(IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes) => RankAuc.Of(forecasts, outcomes);
}
