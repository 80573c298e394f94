using System;
using System.Collections.Generic;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Scoring.Outcomes;

/// <summary>A rep's outcomes (docs/scoring.md §2) from the facts of all their deals.</summary>
public sealed class OutcomeCalculator
{
    private readonly int outcomeDays;
    private readonly int horizonDays;

    /// <summary>Creates a calculator for <paramref name="profile"/>'s outcome window.</summary>
    public OutcomeCalculator(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        outcomeDays = profile.Windows.OutcomeDays;
        horizonDays = profile.Queue.HorizonDays;
    }

    /// <summary>Outcomes of <paramref name="rep"/> at <paramref name="now"/> from <paramref name="deals"/> (open and closed).</summary>
    public RepOutcomes Compute(Rep rep, IReadOnlyList<DealFacts> deals, DateTime now)
    {
        var period = SalesPeriod.Containing(now);
        var windowStart = now.AddDays(-outcomeDays);
        var horizonEnd = now.AddDays(horizonDays);
        var result = new RepOutcomes { RepId = rep.Id, Period = period.Key };
        // Computed once: End and Contains work the month out again on every call.
        var periodStart = period.Start;
        var periodEnd = period.End;
        decimal wonAmount = 0, wonInWindow = 0;
        double cycleDays = 0;
        int pushes = 0, slippageDeals = 0;
        for (var i = 0; i < deals.Count; i++)
        {
            var deal = deals[i];
            if (deal.IsOpen)
            {
                result.OpenCount++;
                result.OpenPipeline += deal.Amount;
                if (deal.EstimatedCloseDate.HasValue && deal.EstimatedCloseDate.Value < periodEnd)
                {
                    result.PeriodPipeline += deal.Amount;
                }

                if (deal.EstimatedCloseDate.HasValue && deal.EstimatedCloseDate.Value < horizonEnd)
                {
                    result.HorizonPipeline += deal.Amount;
                }

                pushes += deal.ClosePushes;
                slippageDeals++;
                continue;
            }

            var closedOn = deal.AsOf;
            if (deal.Status == OpportunityStatus.Won && closedOn >= periodStart && closedOn < periodEnd)
            {
                result.WonInPeriod += deal.RevenueAmount;
            }

            if (closedOn < windowStart || closedOn > now)
            {
                continue;
            }

            pushes += deal.ClosePushes;
            slippageDeals++;
            if (deal.Status == OpportunityStatus.Won)
            {
                result.WonCount++;
                wonAmount += deal.RevenueAmount;
                wonInWindow += deal.RevenueAmount;
                cycleDays += Math.Max(0, (closedOn - deal.CreatedOn).TotalDays);
            }
            else
            {
                result.LostCount++;
            }
        }

        var closed = result.WonCount + result.LostCount;
        if (closed > 0)
        {
            result.WinRate = (double)result.WonCount / closed;
        }

        if (result.WonCount > 0)
        {
            result.AverageWonAmount = wonAmount / result.WonCount;
            result.CycleDays = cycleDays / result.WonCount;
        }

        if (result.WinRate.HasValue && result.AverageWonAmount.HasValue && result.CycleDays.HasValue && result.CycleDays.Value > 0)
        {
            result.Velocity = result.OpenCount * (double)result.AverageWonAmount.Value * result.WinRate.Value / result.CycleDays.Value;
        }

        if (result.WinRate.HasValue && result.WinRate.Value > 0)
        {
            result.NeededCoverage = 1 / result.WinRate.Value;
        }

        result.SlippagePerDeal = slippageDeals == 0 ? 0 : (double)pushes / slippageDeals;
        ApplyQuota(rep, result, windowStart, now, wonInWindow);
        result.Forecast = ForecastCalibrator.Calibrate(rep, deals, now);
        return result;
    }

    private static void ApplyQuota(Rep rep, RepOutcomes result, DateTime windowStart, DateTime now, decimal wonInWindow)
    {
        var quota = QuotaFor(rep, result.Period);
        if (quota.HasValue && quota.Value > 0)
        {
            result.Quota = quota;
            result.RemainingQuota = Math.Max(0, quota.Value - result.WonInPeriod);
            result.Attainment = (double)(result.WonInPeriod / quota.Value);
            if (result.RemainingQuota.Value > 0)
            {
                result.Coverage = (double)(result.PeriodPipeline / result.RemainingQuota.Value);
            }
        }

        decimal windowQuota = 0;
        foreach (var entry in rep.Quotas ?? new List<PeriodQuota>())
        {
            if (entry != null && entry.Amount > 0 && SalesPeriod.TryParse(entry.Period, out var p) && p.End > windowStart && p.Start <= now)
            {
                windowQuota += entry.Amount;
            }
        }

        if (windowQuota > 0)
        {
            result.WindowAttainment = (double)(wonInWindow / windowQuota);
        }
    }

    /// <summary>The quota of the period keyed <paramref name="periodKey"/>; with duplicate entries the first positive one counts.</summary>
    private static decimal? QuotaFor(Rep rep, string periodKey)
    {
        foreach (var entry in rep.Quotas ?? new List<PeriodQuota>())
        {
            if (entry != null && entry.Amount > 0 && entry.Period == periodKey)
            {
                return entry.Amount;
            }
        }

        return null;
    }
}
