using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CrmSpm.Core.Scoring.Tiers;

/// <summary>
/// Says what put each tiered rep in their tier, with figures a manager can check against the scorecard (docs/scoring.md
/// §3): the org rank, attainment with its org rank, win rate against the org median, and the tenure and territory
/// adjustments that moved the rank. Example: "Tier B, rank 7 of 40 across the org: attainment 247 % of quota (org rank
/// 2 of 40) but win rate 18 % against an org median of 31 %."
/// </summary>
public static class TierExplainer
{
    /// <summary>Sets the explanation of every assignment in <paramref name="ranked"/> (all tiered reps of the org, in rank order).</summary>
    public static void Explain(IReadOnlyList<TierAssignment> ranked)
    {
        if (ranked == null)
        {
            throw new ArgumentNullException(nameof(ranked));
        }

        var n = ranked.Count;
        var medianWinRate = OrgMedianWinRate(ranked) ?? 0;
        var withQuota = ranked.Where(a => a.WindowAttainment.HasValue)
            .OrderByDescending(a => a.WindowAttainment!.Value)
            .ThenBy(a => a.RepId, StringComparer.Ordinal)
            .ToList();
        var attainmentRank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < withQuota.Count; i++)
        {
            attainmentRank[withQuota[i].RepId] = i + 1;
        }

        // Written straight into one builder: the median's and the org's figures are the same for every rep.
        var median = Percent(medianWinRate);
        var ofAll = n.ToString(CultureInfo.InvariantCulture);
        var ofQuota = withQuota.Count.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(256);
        foreach (var a in ranked)
        {
            text.Clear().Append("Tier ").Append(a.Tier.ToString()).Append(", rank ").Append(a.Rank.ToString(CultureInfo.InvariantCulture))
                .Append(" of ").Append(ofAll).Append(" across the org: ");
            if (attainmentRank.TryGetValue(a.RepId, out var rank))
            {
                // "but" when one figure is in the org's better half and the other is not: that is why the tier surprises.
                var strongAttainment = rank <= (withQuota.Count + 1) / 2;
                var strongWinRate = a.WinRate >= medianWinRate;
                Percent(text.Append("attainment "), a.WindowAttainment!.Value).Append(" of quota (org rank ")
                    .Append(rank.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(ofQuota).Append(") ")
                    .Append(strongAttainment == strongWinRate ? "and" : "but").Append(' ');
                WinRate(text, a, median);
            }
            else
            {
                WinRate(text, a, median).Append(" (no quota in the window)");
            }

            a.Explanation = text.Append('.').Append(Adjustments(a)).ToString();
        }
    }

    /// <summary>"win rate {rep's} against an org median of {median}".</summary>
    private static StringBuilder WinRate(StringBuilder text, TierAssignment a, string median) =>
        Percent(text.Append("win rate "), a.WinRate).Append(" against an org median of ").Append(median);

    /// <summary>
    /// The org median win rate: the median over the tiered reps (the figure "against an org median of 31 %" and the
    /// coaching queue's fallback target, docs/scoring.md §8); null when nobody is tiered.
    /// </summary>
    public static double? OrgMedianWinRate(IEnumerable<TierAssignment> assignments) =>
        Statistics.Median(assignments.Where(a => a.Tier != Tier.NotTiered).Select(a => a.WinRate));

    /// <summary>The tenure and territory factors that moved the rank (those that print as ×1.00 did not); empty when none.</summary>
    private static string Adjustments(TierAssignment a)
    {
        var parts = new List<string>();
        if (Math.Round(a.TenureFactor, 2) < 1)
        {
            var months = (int)Math.Round(a.TenureMonths ?? 0);
            parts.Add(string.Format(CultureInfo.InvariantCulture, "a rep {0} in (expected output ×{1:0.00})", Plural.Of(months, "month"), a.TenureFactor));
        }

        if (Math.Round(a.TerritoryFactor, 2) != 1)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, "a territory {0} than the median (expected output ×{1:0.00})",
                a.TerritoryFactor > 1 ? "larger" : "smaller", a.TerritoryFactor));
        }

        return parts.Count == 0 ? "" : " Adjusted for " + string.Join(" and ", parts) + ".";
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static StringBuilder Percent(StringBuilder text, double share) => text.Append((share * 100).ToString("0", CultureInfo.InvariantCulture)).Append(" %");
}
