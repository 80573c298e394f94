using System;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching;

/// <summary>What a rep-level rule looks at: the rep, their scorecard, the team's benchmarks and now.</summary>
public sealed class RepRuleContext
{
    public RepRuleContext(Rep rep, RepScorecard scorecard, TeamBenchmarks? benchmarks, DateTime now)
    {
        Rep = rep ?? throw new ArgumentNullException(nameof(rep));
        Scorecard = scorecard ?? throw new ArgumentNullException(nameof(scorecard));
        Benchmarks = benchmarks ?? TeamBenchmarks.Empty;
        Now = now;
    }

    public Rep Rep { get; }

    /// <summary>The rep's scorecard for the period.</summary>
    public RepScorecard Scorecard { get; }

    /// <summary>A-tier benchmarks.</summary>
    public TeamBenchmarks Benchmarks { get; }

    /// <summary>Now, from the clock.</summary>
    public DateTime Now { get; }

    /// <summary>Period key of the scorecard.</summary>
    public string Period => Scorecard.Period;
}
