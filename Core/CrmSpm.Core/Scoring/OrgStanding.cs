using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// What is decided across the whole org, never per team (docs/scoring.md §3, §4, §8): every rep's tier, the top
/// performers' benchmarks and practices, and the coaching queue with its ranks. A connector that scores team by team
/// (the Dataverse recompute) scores the whole org once, then passes this to each team's run so that every team sees
/// the same tiers, benchmarks and queue as a single run over the org would.
/// </summary>
public sealed class OrgStanding
{
    public OrgStanding(IReadOnlyDictionary<string, TierAssignment> tiers, TeamBenchmarks benchmarks, IReadOnlyList<CoachingQueueEntry> queue)
    {
        Tiers = tiers ?? throw new ArgumentNullException(nameof(tiers));
        Benchmarks = benchmarks ?? throw new ArgumentNullException(nameof(benchmarks));
        Queue = queue ?? throw new ArgumentNullException(nameof(queue));
    }

    /// <summary>Tier of every rep of the org, by rep id.</summary>
    public IReadOnlyDictionary<string, TierAssignment> Tiers { get; }

    /// <summary>The org's benchmarks of every behaviour.</summary>
    public TeamBenchmarks Benchmarks { get; }

    /// <summary>The org's coaching queue, ranked.</summary>
    public IReadOnlyList<CoachingQueueEntry> Queue { get; }

    /// <summary>The standing a full run over the whole org decided.</summary>
    public static OrgStanding From(ScoringResult orgResult)
    {
        if (orgResult == null)
        {
            throw new ArgumentNullException(nameof(orgResult));
        }

        return new OrgStanding(orgResult.Scorecards.ToDictionary(c => c.RepId, c => c.Tier, StringComparer.Ordinal), orgResult.Benchmarks, orgResult.Queue);
    }

    /// <summary>The rep's tier; not tiered when the org run did not see the rep.</summary>
    public TierAssignment TierOf(string repId) =>
        Tiers.TryGetValue(repId, out var tier) ? tier : new TierAssignment { RepId = repId, Explanation = "Not tiered: not part of the org's last scoring run." };
}
