using System;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// The owner's outcome figures as the scorecard holds them between nightly recomputes: won and lost counts over the
/// profile's outcome window, amount won in the period. A close seen by the Win/Lose step falls in both, so adding it
/// keeps them right until the recompute also drops the deals that left the window.
/// </summary>
public sealed class OutcomeCounts
{
    public int Won { get; set; }
    public int Lost { get; set; }
    public decimal WonAmount { get; set; }
    public decimal? Quota { get; set; }

    /// <summary>won ÷ (won + lost); null before the first closed deal.</summary>
    public double? WinRate => Won + Lost == 0 ? (double?)null : (double)Won / (Won + Lost);

    /// <summary>Won amount ÷ quota; null without a quota.</summary>
    public double? Attainment => Quota.HasValue && Quota.Value > 0 ? (double)(WonAmount / Quota.Value) : (double?)null;

    public static OutcomeCounts From(Entity? scorecard) => new OutcomeCounts
    {
        Won = scorecard?.GetAttributeValue<int?>(ScorecardColumns.WonCount) ?? 0,
        Lost = scorecard?.GetAttributeValue<int?>(ScorecardColumns.LostCount) ?? 0,
        WonAmount = scorecard?.GetAttributeValue<Money>(ScorecardColumns.WonAmount)?.Value ?? 0m,
        Quota = scorecard?.GetAttributeValue<Money>(ScorecardColumns.Quota)?.Value,
    };

    /// <summary>Counts one deal in (<paramref name="sign"/> +1) or out (−1); never below zero.</summary>
    public void Apply(bool won, decimal amount, int sign)
    {
        if (won)
        {
            Won = Math.Max(0, Won + sign);
            WonAmount = Math.Max(0m, WonAmount + sign * amount);
        }
        else
        {
            Lost = Math.Max(0, Lost + sign);
        }
    }
}
