using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Behaviour;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Coaching.Queue;

/// <summary>
/// Orders reps by the revenue a few points of win rate would bring (docs/scoring.md §8): expected gain =
/// pipeline expected to close within queue.horizonDays × min(target − rep win rate, queue.winRateLiftPoints ÷ 100).
/// The target is the A-tier median win rate, or the org median with too few A-tier reps (<see cref="Target"/>).
/// A-tier reps, reps without a win rate and reps at or above the target are left out.
/// Each entry names the proven practice with the largest weighted gap, and carries its rank: the one queue order.
/// queue.maxEntries caps each manager's queue, not the org's.
/// </summary>
public sealed class CoachingQueueBuilder
{
    private readonly QueueSettings settings;

    /// <summary>Creates a builder for <paramref name="profile"/>.</summary>
    public CoachingQueueBuilder(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        settings = profile.Queue;
    }

    /// <summary>
    /// The queue, largest gain first (ties by rep id), ranked from 1 across the org: each manager's best
    /// queue.maxEntries reps (reps without a manager count as one more manager). A manager's queue is their
    /// entries in this rank order.
    /// </summary>
    public IReadOnlyList<CoachingQueueEntry> Build(IEnumerable<RepScorecard> scorecards, TeamBenchmarks benchmarks)
    {
        var cards = scorecards as IReadOnlyCollection<RepScorecard> ?? scorecards.ToList();
        var targetRate = Target(cards, benchmarks, out var basis);
        if (!targetRate.HasValue)
        {
            return new CoachingQueueEntry[0];
        }

        var target = targetRate.Value;
        var maxLift = settings.WinRateLiftPoints / 100;
        var entries = new List<CoachingQueueEntry>();
        foreach (var card in cards)
        {
            var winRate = card.Outcomes.WinRate;
            var pipeline = card.Outcomes.HorizonPipeline;
            if (card.Tier.Tier == Tier.A || !winRate.HasValue || winRate.Value >= target || pipeline <= 0)
            {
                continue;
            }

            var lift = Math.Min(target - winRate.Value, maxLift);
            var gap = LargestGap(card.BehaviourValues, benchmarks);
            var entry = new CoachingQueueEntry
            {
                RepId = card.RepId,
                RepName = card.RepName,
                ManagerId = card.ManagerId,
                OpenPipeline = card.Outcomes.OpenPipeline,
                HorizonPipeline = pipeline,
                WinRate = winRate.Value,
                TargetWinRate = target,
                TargetBasis = basis,
                WinRateLift = lift,
                ExpectedGain = Math.Round(pipeline * (decimal)lift, 2),
                LargestGap = gap,
                CoachText = QueueWording.Coach(gap, benchmarks.Behaviours),
            };
            entry.GainText = QueueWording.Gain(entry, settings);
            entries.Add(entry);
        }

        // The cap is per manager: an org-wide cap left a manager of a small team with an empty queue.
        var queue = entries
            .GroupBy(e => e.ManagerId ?? "", StringComparer.Ordinal)
            .SelectMany(team => InQueueOrder(team).Take(settings.MaxEntries));
        var ranked = InQueueOrder(queue).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i + 1;
        }

        return ranked;
    }

    /// <summary>
    /// The win rate reps are lifted toward: the A-tier median (<see cref="TeamBenchmarks.ATierWinRate"/>, set only with
    /// <see cref="PracticeEvidence.MinRepsPerTier"/> A-tier reps); with fewer, the org median of the tiered reps when at
    /// least as many are tiered (<see cref="TierExplainer.OrgMedianWinRate"/>); otherwise null: no target, no queue.
    /// </summary>
    public static double? Target(IReadOnlyCollection<RepScorecard> scorecards, TeamBenchmarks benchmarks, out QueueTargetBasis basis)
    {
        basis = QueueTargetBasis.TopPerformers;
        if (benchmarks.ATierWinRate.HasValue)
        {
            return benchmarks.ATierWinRate.Value;
        }

        var tiered = scorecards.Select(c => c.Tier).Where(t => t.Tier != Tier.NotTiered).ToList();
        if (tiered.Count < PracticeEvidence.MinRepsPerTier)
        {
            return null;
        }

        basis = QueueTargetBasis.OrgMedian;
        return TierExplainer.OrgMedianWinRate(tiered);
    }

    /// <summary>The one queue order: largest gain first, ties by rep id.</summary>
    private static IEnumerable<CoachingQueueEntry> InQueueOrder(IEnumerable<CoachingQueueEntry> entries) =>
        entries.OrderByDescending(e => e.ExpectedGain).ThenBy(e => e.RepId, StringComparer.Ordinal);

    /// <summary>The practice with the largest (1 − closeness) × outcome weight; null when none has a gap.</summary>
    public static BehaviourGap? LargestGap(IReadOnlyDictionary<string, double> repValues, TeamBenchmarks benchmarks)
    {
        // The largest is described once found: a rep's gaps are compared as numbers.
        Practice? largest = null;
        double largestValue = 0, largestSize = 0;
        foreach (var practice in benchmarks.Behaviours)
        {
            if (!practice.IsPractice || !practice.ABenchmark.HasValue || !repValues.TryGetValue(practice.BehaviourKey, out var value))
            {
                continue;
            }

            var size = (1 - BehaviourScorer.Closeness(value, practice.ABenchmark!.Value, practice.HigherIsBetter)) * practice.OutcomeWeight;
            if (size > 0 && (largest == null || size > largestSize))
            {
                largest = practice;
                largestValue = value;
                largestSize = size;
            }
        }

        return largest == null ? null : new BehaviourGap
        {
            BehaviourKey = largest.BehaviourKey,
            Label = largest.Label,
            Unit = largest.Unit,
            RepValue = largestValue,
            Benchmark = largest.ABenchmark!.Value,
            Size = largestSize,
        };
    }
}
