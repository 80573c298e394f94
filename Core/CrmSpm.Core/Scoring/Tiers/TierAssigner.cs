using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Outcomes;

namespace CrmSpm.Core.Scoring.Tiers;

/// <summary>
/// Ranks reps into A/B/C from outcomes normalised for tenure and territory (docs/scoring.md §3):
/// <code>
/// outcomeIndex   = (wWin × winRate + wAtt × min(windowAttainment, 2) ÷ 2) ÷ (wWin + wAtt)   (win rate alone without quota)
/// tenureFactor   = min(1, 0.5 + 0.5 × tenureMonths ÷ rampMonths)                           (1 when rampMonths = 0)
/// territoryFactor= clamp(√(territorySize ÷ median territorySize), 0.5, 2)                  (1 when unknown)
/// normalised     = outcomeIndex ÷ (tenureFactor × territoryFactor)
/// </code>
/// Only reps with at least thresholds.minClosedDealsForTier closed deals in the window are tiered. Sorted by
/// normalised index (ties by rep id), the first round(n × tierAShare) (at least 1) are A, the last
/// round(n × tierCShare) are C, the rest B.
/// </summary>
public sealed class TierAssigner
{
    private const double DaysPerMonth = 30.4375;
    private readonly ScoringProfile profile;

    /// <summary>Creates an assigner for <paramref name="profile"/>.</summary>
    public TierAssigner(ScoringProfile profile)
    {
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    /// <summary>Tier of every rep in <paramref name="outcomes"/>, keyed by rep id.</summary>
    public IReadOnlyDictionary<string, TierAssignment> Assign(IReadOnlyList<Rep> reps, IReadOnlyDictionary<string, RepOutcomes> outcomes, DateTime now)
    {
        var medianTerritory = Statistics.Median(reps.Where(r => r.TerritorySize > 0).Select(r => r.TerritorySize));
        var result = new Dictionary<string, TierAssignment>(StringComparer.Ordinal);
        var eligible = new List<TierAssignment>();
        foreach (var rep in reps)
        {
            outcomes.TryGetValue(rep.Id, out var outcome);
            var assignment = new TierAssignment { RepId = rep.Id };
            result.Add(rep.Id, assignment);
            var closed = outcome == null ? 0 : outcome.WonCount + outcome.LostCount;
            if (outcome == null || !outcome.WinRate.HasValue || closed < profile.Thresholds.MinClosedDealsForTier)
            {
                assignment.Explanation = string.Format(CultureInfo.InvariantCulture, "Not tiered: {0} in the last {1}, {2} needed.",
                    Plural.Of(closed, "closed deal"), Plural.Of(profile.Windows.OutcomeDays, "day"), profile.Thresholds.MinClosedDealsForTier);
                continue;
            }

            assignment.WinRate = outcome.WinRate.Value;
            assignment.WindowAttainment = outcome.WindowAttainment;
            assignment.TenureMonths = rep.StartDate > DateTime.MinValue ? Math.Max(0, (now - rep.StartDate).TotalDays / DaysPerMonth) : (double?)null;
            assignment.OutcomeIndex = OutcomeIndex(outcome);
            assignment.TenureFactor = TenureFactor(rep, now);
            assignment.TerritoryFactor = TerritoryFactor(rep, medianTerritory);
            assignment.NormalisedIndex = assignment.OutcomeIndex / (assignment.TenureFactor * assignment.TerritoryFactor);
            eligible.Add(assignment);
        }

        Rank(eligible);
        TierExplainer.Explain(eligible);
        return result;
    }

    /// <summary>Weighted win rate and capped attainment, 0–1.</summary>
    public double OutcomeIndex(RepOutcomes outcome)
    {
        var weights = profile.Weights.Tier;
        var winRate = outcome.WinRate ?? 0;
        if (!outcome.WindowAttainment.HasValue || weights.Attainment <= 0)
        {
            return winRate;
        }

        var attainment = Math.Min(outcome.WindowAttainment.Value, 2) / 2;
        return (weights.WinRate * winRate + weights.Attainment * attainment) / (weights.WinRate + weights.Attainment);
    }

    /// <summary>min(1, 0.5 + 0.5 × months ÷ rampMonths): a new rep is expected to deliver half.</summary>
    public double TenureFactor(Rep rep, DateTime now)
    {
        var ramp = profile.Thresholds.RampMonths;
        if (ramp <= 0)
        {
            return 1;
        }

        var months = Math.Max(0, (now - rep.StartDate).TotalDays / DaysPerMonth);
        return Math.Min(1, 0.5 + 0.5 * months / ramp);
    }

    /// <summary>clamp(√(size ÷ median), 0.5, 2); 1 when the size or the median is unknown.</summary>
    public static double TerritoryFactor(Rep rep, double? medianTerritory)
    {
        if (rep.TerritorySize <= 0 || !medianTerritory.HasValue || medianTerritory.Value <= 0)
        {
            return 1;
        }

        var factor = Math.Sqrt(rep.TerritorySize / medianTerritory.Value);
        return factor < 0.5 ? 0.5 : factor > 2 ? 2 : factor;
    }

    private void Rank(List<TierAssignment> eligible)
    {
        eligible.Sort((a, b) =>
        {
            var byIndex = b.NormalisedIndex.CompareTo(a.NormalisedIndex);
            return byIndex != 0 ? byIndex : string.CompareOrdinal(a.RepId, b.RepId);
        });
        var n = eligible.Count;
        var aCount = Math.Max(1, (int)Math.Floor(n * profile.Thresholds.TierAShare + 0.5));
        var cCount = Math.Min(n - Math.Min(aCount, n), (int)Math.Floor(n * profile.Thresholds.TierCShare + 0.5));
        for (var i = 0; i < n; i++)
        {
            var assignment = eligible[i];
            assignment.Rank = i + 1;
            assignment.Tier = i < aCount ? Tier.A : i >= n - cCount ? Tier.C : Tier.B;
        }
    }
}
