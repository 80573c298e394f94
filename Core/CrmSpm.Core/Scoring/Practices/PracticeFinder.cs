using System;
using System.Collections.Generic;
using System.Linq;
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
    public TeamBenchmarks Find(IReadOnlyList<RepBehaviourSample> reps, IEnumerable<DealFacts> closedDeals, string period) =>
        Find(reps, OutcomeWeights.Of(closedDeals), period);

    /// <summary>Benchmarks for every behaviour any rep shows with the outcome weights already found.</summary>
    internal TeamBenchmarks Find(IReadOnlyList<RepBehaviourSample> reps, Dictionary<string, double> outcomeWeights, string period)
    {
        var values = ValuesByKey(reps, out var keys);
        var behaviours = new List<Practice>(keys.Count);
        foreach (var key in keys)
        {
            var a = values[key].A;
            var b = values[key].B;
            var definition = BehaviourDefinition.For(key);
            var effect = Statistics.CohensD(a, b);
            var test = PracticeEvidence.Test(a, b, definition.HigherIsBetter, key);
            behaviours.Add(new Practice
            {
                BehaviourKey = key,
                Label = definition.Label,
                Unit = definition.Unit,
                HigherIsBetter = definition.HigherIsBetter,
                ABenchmark = TopPerformersBenchmark(a),
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
            ATierWinRate = TopPerformersBenchmark(reps.Where(r => r.Tier == Tier.A && r.WinRate.HasValue).Select(r => r.WinRate!.Value).ToList()),
            Behaviours = behaviours,
        };
    }

    /// <summary>
    /// The median of the A-tier values, or null with fewer than <see cref="PracticeEvidence.MinRepsPerTier"/> A-tier reps:
    /// one or two reps are not "top performers" but individuals, and the same minimum makes a practice (docs/scoring.md §4).
    /// </summary>
    internal static double? TopPerformersBenchmark(IReadOnlyList<double> aValues) =>
        aValues.Count >= PracticeEvidence.MinRepsPerTier ? Statistics.Median(aValues) : null;

    /// <summary>
    /// Every behaviour key any rep shows, sorted (ordinal), and per key the A-tier and the B-tier reps' values in rep order.
    /// Reps' values keyed by ordinal dictionaries (the run's) are read in one pass over the reps instead of a look-up per
    /// rep, key and tier; other dictionaries are looked up per key, which may match keys differing in case.
    /// </summary>
    private static Dictionary<string, TierValues> ValuesByKey(IReadOnlyList<RepBehaviourSample> reps, out List<string> keys)
    {
        var values = new Dictionary<string, TierValues>(StringComparer.Ordinal);
        var ordinal = true;
        foreach (var rep in reps)
        {
            ordinal &= IsOrdinal(rep.Values);
            foreach (var pair in rep.Values)
            {
                if (!values.TryGetValue(pair.Key, out var tiers))
                {
                    tiers = new TierValues();
                    values.Add(pair.Key, tiers);
                }

                if (rep.Tier == Tier.A)
                {
                    tiers.A.Add(pair.Value);
                }
                else if (rep.Tier == Tier.B)
                {
                    tiers.B.Add(pair.Value);
                }
            }
        }

        keys = new List<string>(values.Keys);
        keys.Sort(StringComparer.Ordinal);
        if (!ordinal)
        {
            foreach (var key in keys)
            {
                values[key] = new TierValues(ValuesOf(reps, Tier.A, key), ValuesOf(reps, Tier.B, key));
            }
        }

        return values;
    }

    private static bool IsOrdinal(IReadOnlyDictionary<string, double> values) =>
        values is Dictionary<string, double> dictionary
        && (ReferenceEquals(dictionary.Comparer, StringComparer.Ordinal) || ReferenceEquals(dictionary.Comparer, EqualityComparer<string>.Default));

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

    /// <summary>One behaviour's values of the A-tier and of the B-tier reps.</summary>
    private sealed class TierValues
    {
        public TierValues()
            : this(new List<double>(), new List<double>())
        {
        }

        public TierValues(List<double> a, List<double> b)
        {
            A = a;
            B = b;
        }

        public List<double> A { get; }

        public List<double> B { get; }
    }
}
