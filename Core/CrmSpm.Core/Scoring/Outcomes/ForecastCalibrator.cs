using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Scoring.Outcomes;

/// <summary>Compares a rep's forecast commits with what actually closed won in each finished period.</summary>
public static class ForecastCalibrator
{
    /// <summary>
    /// Bias and MAPE over finished periods that have a commit and a non-zero won amount (a zero actual has no
    /// percentage error); null when there is no such period.
    /// </summary>
    public static ForecastCalibration? Calibrate(Rep rep, IReadOnlyList<DealFacts> deals, DateTime now)
    {
        var commits = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var commit in rep.ForecastCommits ?? new List<ForecastCommit>())
        {
            if (commit != null && commit.Amount >= 0 && SalesPeriod.TryParse(commit.Period, out var period) && period.End <= now && !commits.ContainsKey(period.Key))
            {
                commits.Add(period.Key, commit.Amount);
            }
        }

        if (commits.Count == 0)
        {
            return null;
        }

        // Won amounts per committed period, matched by date range (the same months the keys name) so no
        // period key is formatted per won deal.
        var committed = new SalesPeriod[commits.Count];
        var actuals = new decimal[commits.Count];
        var index = 0;
        foreach (var key in commits.Keys)
        {
            SalesPeriod.TryParse(key, out committed[index++]);
        }

        for (var i = 0; i < deals.Count; i++)
        {
            var deal = deals[i];
            if (deal.Status == OpportunityStatus.Won)
            {
                var month = Array.IndexOf(committed, SalesPeriod.Containing(deal.AsOf));
                if (month >= 0)
                {
                    actuals[month] += deal.RevenueAmount;
                }
            }
        }

        double bias = 0, absolute = 0;
        var periods = 0;
        index = 0;
        foreach (var pair in commits)
        {
            var actual = actuals[index++];
            if (actual > 0)
            {
                var error = (double)((pair.Value - actual) / actual);
                bias += error;
                absolute += Math.Abs(error);
                periods++;
            }
        }

        return periods == 0 ? null : new ForecastCalibration { Periods = periods, Bias = bias / periods, MeanAbsolutePercentageError = absolute / periods };
    }
}
