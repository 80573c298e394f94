using System;
using CrmSpm.Core.Model;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;

namespace CrmSpm.Core.Coaching;

/// <summary>What a deal-level rule looks at: one deal's facts, its owner, the team's benchmarks and now.</summary>
public sealed class DealRuleContext
{
    public DealRuleContext(DealFacts facts, Rep? owner, TeamBenchmarks? benchmarks, DateTime now)
        : this(facts, owner, new BenchmarkMemo(benchmarks ?? TeamBenchmarks.Empty), now)
    {
    }

    /// <summary>
    /// A context sharing <paramref name="topPerformers"/> and <paramref name="texts"/> (null: none) with the other deals
    /// of a full run.
    /// </summary>
    internal DealRuleContext(DealFacts facts, Rep? owner, BenchmarkMemo topPerformers, DateTime now, TipTextMemo? texts = null)
    {
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        Owner = owner;
        TopPerformers = topPerformers;
        Now = now;
        Texts = texts;
    }

    /// <summary>The deal's facts (see <see cref="DealFactsBuilder"/>).</summary>
    public DealFacts Facts { get; private set; }

    /// <summary>The owning rep; null when unknown (tips then go to the owner id on the deal).</summary>
    public Rep? Owner { get; private set; }

    /// <summary>A-tier benchmarks; empty benchmarks make rules fall back to the profile's stage expectations.</summary>
    public TeamBenchmarks Benchmarks => TopPerformers.Benchmarks;

    /// <summary>The A-tier benchmarks the rules read, remembered per behaviour.</summary>
    internal BenchmarkMemo TopPerformers { get; }

    /// <summary>Now, from the clock.</summary>
    public DateTime Now { get; }

    /// <summary>The texts the run's tips share; null outside a full run.</summary>
    internal TipTextMemo? Texts { get; }

    /// <summary>The deal.</summary>
    public Opportunity Opportunity => Facts.Opportunity;

    /// <summary>
    /// Points the context at another deal of the same run: the full run checks every open deal in turn, and the rules
    /// keep nothing of a context, so one serves them all.
    /// </summary>
    internal void MoveTo(DealFacts facts, Rep? owner)
    {
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        Owner = owner;
    }

    /// <summary><paramref name="prefix"/> + <paramref name="name"/>, shared through <see cref="Texts"/>.</summary>
    internal string Joined(string prefix, string name) => Texts == null ? prefix + name : Texts.Joined(prefix, name);
}
