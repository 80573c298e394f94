using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Scoring.Practices;

/// <summary>
/// Finds the top-performer practices (docs/scoring.md §4): for every behaviour, the A-tier benchmark (median
/// of A reps), the B-tier value (median of B reps) and Cohen's d of A against B. A behaviour is a practice
/// when |d| ≥ thresholds.minPracticeEffectSize. Each behaviour's outcome weight is |d| of won against lost
/// deals in the window (at least 0.1; 1 when there are fewer than two won or two lost deals).
/// </summary>
public sealed class PracticeFinder
{
    private const double MinOutcomeWeight = 0.1;
    private readonly double minEffectSize;

    /// <summary>Creates a finder for <paramref name="profile"/>.</summary>
    public PracticeFinder(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        minEffectSize = profile.Thresholds.MinPracticeEffectSize;
    }

    /// <summary>Benchmarks for every behaviour any rep shows, sorted by key.</summary>
    public TeamBenchmarks Find(IReadOnlyList<RepBehaviourSample> reps, IEnumerable<DealFacts> closedDeals, string period)
    {
        var outcomeWeights = OutcomeWeights(closedDeals);
        var keys = new SortedSet<string>(reps.SelectMany(r => r.Values.Keys), StringComparer.Ordinal);
        var behaviours = new List<Practice>();
        foreach (var key in keys)
        {
            var a = ValuesOf(reps, Tier.A, key);
            var b = ValuesOf(reps, Tier.B, key);
            var definition = BehaviourDefinition.For(key);
            var effect = Statistics.CohensD(a, b);
            var test = PracticeEvidence.Test(a, b, definition.HigherIsBetter, key);
            behaviours.Add(new Practice
            {
                BehaviourKey = key,
                Label = definition.Label,
                Unit = definition.Unit,
                HigherIsBetter = definition.HigherIsBetter,
                ABenchmark = Statistics.Median(a),
                BValue = Statistics.Median(b),
                EffectSize = effect,
                OutcomeWeight = outcomeWeights.TryGetValue(key, out var weight) ? weight : 1,
                IsPractice = test.IsSignificant && Math.Abs(effect) >= minEffectSize,
                PValue = test.PValue,
                ARepCount = test.ARepCount,
                BRepCount = test.BRepCount,
                Evidence = test.Evidence,
            });
        }

        return new TeamBenchmarks
        {
            Period = period,
            ATierWinRate = Statistics.Median(reps.Where(r => r.Tier == Tier.A && r.WinRate.HasValue).Select(r => r.WinRate!.Value)),
            Behaviours = behaviours,
        };
    }

    private static List<double> ValuesOf(IReadOnlyList<RepBehaviourSample> reps, Tier tier, string key)
    {
        var values = new List<double>();
        foreach (var rep in reps)
        {
            if (rep.Tier == tier && rep.Values.TryGetValue(key, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static Dictionary<string, double> OutcomeWeights(IEnumerable<DealFacts> closedDeals)
    {
        var won = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var lost = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var keys = new BehaviourKeyCache();
        Dictionary<string, List<double>>? target = null;
        Action<string, double> collect = (key, value) =>
        {
            if (!target!.TryGetValue(key, out var list))
            {
                list = new List<double>();
                target.Add(key, list);
            }

            list.Add(value);
        };
        foreach (var deal in closedDeals)
        {
            target = deal.Opportunity.Status == OpportunityStatus.Won ? won : deal.Opportunity.Status == OpportunityStatus.Lost ? lost : null;
            if (target != null)
            {
                BehaviourMeasurer.Visit(deal, keys, collect);
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in new SortedSet<string>(won.Keys.Concat(lost.Keys), StringComparer.Ordinal))
        {
            won.TryGetValue(key, out var w);
            lost.TryGetValue(key, out var l);
            if (w == null || l == null || w.Count < 2 || l.Count < 2)
            {
                weights[key] = 1;
                continue;
            }

            weights[key] = Math.Max(MinOutcomeWeight, Math.Abs(Statistics.CohensD(w, l)));
        }

        return weights;
    }
}
