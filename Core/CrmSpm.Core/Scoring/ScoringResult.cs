using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Signals;

namespace CrmSpm.Core.Scoring;

/// <summary>Everything one full scoring run produces. Lists are sorted so equal inputs give equal results.</summary>
public sealed class ScoringResult
{
    /// <summary>Period key <c>yyyy-MM</c> of the run.</summary>
    public string Period { get; set; } = "";

    /// <summary>The clock's time of the run.</summary>
    public DateTime ScoredAt { get; set; }

    /// <summary>One scorecard per rep, sorted by rep id.</summary>
    public IReadOnlyList<RepScorecard> Scorecards { get; set; } = new RepScorecard[0];

    /// <summary>Benchmarks of every behaviour; persist them for per-deal rules in plugins.</summary>
    public TeamBenchmarks Benchmarks { get; set; } = TeamBenchmarks.Empty;

    /// <summary>The behaviours where A and B differ meaningfully, strongest effect first.</summary>
    public IReadOnlyList<Practice> Practices =>
        Benchmarks.Behaviours.Where(b => b.IsPractice).OrderByDescending(b => Math.Abs(b.EffectSize)).ThenBy(b => b.BehaviourKey, StringComparer.Ordinal).ToList();

    /// <summary>The coaching queue across all managers (filter by <see cref="CoachingQueueEntry.ManagerId"/>).</summary>
    public IReadOnlyList<CoachingQueueEntry> Queue { get; set; } = new CoachingQueueEntry[0];

    /// <summary>Active tips, highest severity first, then by key.</summary>
    public IReadOnlyList<CoachingTip> Tips { get; set; } = new CoachingTip[0];

    /// <summary>Deal scores of open deals, sorted by opportunity id.</summary>
    public IReadOnlyList<DealScore> DealScores { get; set; } = new DealScore[0];

    /// <summary>The deal model built from the window's closed deals; persist it with <see cref="DealModel.ToJson"/>.</summary>
    public DealModel? DealModel { get; set; }

    /// <summary>Which inputs exist per rep and org; what needs a missing one is not computed.</summary>
    public SignalCoverage Signals { get; set; } = new SignalCoverage();

    /// <summary>Data problems found and the defaults applied, then capture-health issues (code capture-health).</summary>
    public IReadOnlyList<DataIssue> DataIssues { get; set; } = new DataIssue[0];
}
