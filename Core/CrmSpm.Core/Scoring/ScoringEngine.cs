using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Queue;
using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring.Adoption;
using CrmSpm.Core.Scoring.Behaviour;
using CrmSpm.Core.Scoring.Outcomes;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Signals;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Time;

namespace CrmSpm.Core.Scoring;

/// <summary>
/// The full scoring run over an org snapshot: adoption, outcomes, tiers, practices, behaviour scores, deal
/// scores, coaching tips and the manager's queue. Steps, in order (docs/scoring.md):
/// <list type="number">
/// <item>clean the snapshot (<see cref="SnapshotSanitizer"/>) and build each deal's facts once;</item>
/// <item>adoption and outcomes per rep, then tiers across reps;</item>
/// <item>behaviours per rep and the A-tier benchmarks, then behaviour scores;</item>
/// <item>the deal model from the window's closed deals, and a score per open deal;</item>
/// <item>deal and rep coaching rules, and the coaching queue.</item>
/// </list>
/// For one deal at a time (plugins) use <see cref="DealFactsBuilder"/>, <see cref="DealModel"/> and
/// <see cref="DealCoach"/> directly.
/// </summary>
public sealed class ScoringEngine
{
    private readonly ScoringProfile profile;
    private readonly IClock clock;

    /// <summary>Creates an engine; validate the profile first (<see cref="ProfileValidator"/>).</summary>
    public ScoringEngine(ScoringProfile profile, IClock clock)
    {
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Scores <paramref name="snapshot"/> as of the clock's now.</summary>
    public ScoringResult Score(OrgSnapshot snapshot) => Score(snapshot, null);

    /// <summary>
    /// Scores <paramref name="snapshot"/> (one team) as of the clock's now with the tiers, benchmarks and queue the
    /// whole org's run decided (<see cref="OrgStanding"/>); null decides them from this snapshot alone.
    /// </summary>
    public ScoringResult Score(OrgSnapshot snapshot, OrgStanding? standing)
    {
        var now = clock.UtcNow;
        var period = SalesPeriod.Containing(now).Key;
        var windowStart = now.AddDays(-profile.Windows.OutcomeDays);
        // Each deal's facts are built as the sanitizer hands it on, while its activities are in cache.
        var stream = new DealFactsStream(profile, now, windowStart);
        var clean = new SnapshotSanitizer(profile).Clean(snapshot, now, stream);
        if (!clean.Streamed)
        {
            stream = DealFactsStream.FromClean(clean, profile, now, windowStart);
        }

        var training = stream.Training;
        var openDeals = stream.OpenDeals;
        var dealsByRep = stream.ByRep();
        var outcomeWeights = standing == null ? new OutcomeWeights() : null;
        var measures = MeasureReps(clean.Reps, dealsByRep, now, period, windowStart, outcomeWeights);
        var signals = measures.Signals;
        var outcomes = measures.Outcomes;
        var tiers = standing == null
            ? new TierAssigner(profile).Assign(clean.Reps, outcomes, now)
            : clean.Reps.ToDictionary(r => r.Id, r => standing.TierOf(r.Id), StringComparer.Ordinal);
        var behaviours = BehaviourSamples(clean.Reps, measures.BehaviourValues, outcomes, tiers, signals);
        var benchmarks = standing?.Benchmarks ?? new PracticeFinder(profile).Find(behaviours, outcomeWeights!.Finish(), period);
        var scorecards = BuildScorecards(clean.Reps, measures.Adoption, outcomes, tiers, behaviours, benchmarks, snapshot.PreviousAdoptionScores, period);

        var model = new DealModel(profile);
        // The training view is built with the facts, before tiers exist; counts and the check do not depend on list order.
        // Consecutive deals mostly share an owner (CRM ids are handed out in batches): look a tier up when the owner changes.
        string? owner = null;
        var ownerTier = Tier.NotTiered;
        for (var i = 0; i < training.Count; i++)
        {
            if (!ReferenceEquals(training.OwnerOf(i), owner))
            {
                owner = training.OwnerOf(i);
                ownerTier = tiers[owner].Tier;
            }

            training.SetOwnerTier(i, ownerTier);
        }

        model.RebuildAndCalibrate(training);

        return new ScoringResult
        {
            Period = period,
            ScoredAt = now,
            Scorecards = scorecards,
            Benchmarks = benchmarks,
            Queue = standing == null
                ? new CoachingQueueBuilder(profile).Build(scorecards, benchmarks)
                : standing.Queue.Where(q => clean.RepsById.ContainsKey(q.RepId)).ToList(),
            Tips = Tips(clean, scorecards, openDeals, benchmarks, now, signals),
            DealScores = model.ScoreAll(openDeals, d => tiers[d.Opportunity.OwnerId].Tier),
            DealModel = model,
            DataIssues = clean.Issues.Concat(signals.Issues(profile.Windows.ActivityDays)).ToList(),
            Signals = signals,
        };
    }

    /// <summary>
    /// Each rep's signals, adoption, outcomes and behaviour values (all behaviours yet: what the org supports is known
    /// only after every rep), and the first pass of <paramref name="outcomeWeights"/> (null: not wanted) over the deals
    /// they closed in the window, rep by rep in id order. One loop per rep: its deals are read into cache once for all.
    /// </summary>
    private RepMeasures MeasureReps(IReadOnlyList<Rep> reps, RepDeals[] dealsByRep, DateTime now, string period, DateTime windowStart,
        OutcomeWeights? outcomeWeights)
    {
        var calculator = new OutcomeCalculator(profile);
        var adoption = new AdoptionCalculator(profile);
        var signals = new List<RepSignals>(reps.Count);
        var measures = new RepMeasures(reps.Count);
        for (var i = 0; i < reps.Count; i++)
        {
            var rep = reps[i];
            var deals = dealsByRep[i];
            var repSignals = SignalCoverage.Count(rep, deals.Current, period, windowStart);
            signals.Add(repSignals);
            measures.Adoption[i] = adoption.Score(deals.Open, repSignals.HasActivities);
            measures.Outcomes[rep.Id] = calculator.Compute(rep, deals.All, now);
            measures.BehaviourValues[i] = BehaviourMeasurer.Measure(deals.Current);
            outcomeWeights?.AddFirstPass(deals.ClosedInWindow);
        }

        measures.Signals = SignalCoverage.FromReps(signals);
        return measures;
    }

    /// <summary>Each rep's behaviours over their open deals and the deals they closed in the window, those the data supports.</summary>
    private static List<RepBehaviourSample> BehaviourSamples(IReadOnlyList<Rep> reps, Dictionary<string, double>[] behaviourValues,
        Dictionary<string, RepOutcomes> outcomes, IReadOnlyDictionary<string, TierAssignment> tiers, SignalCoverage signals)
    {
        var samples = new List<RepBehaviourSample>(reps.Count);
        for (var i = 0; i < reps.Count; i++)
        {
            var rep = reps[i];
            samples.Add(new RepBehaviourSample
            {
                RepId = rep.Id,
                Tier = tiers[rep.Id].Tier,
                WinRate = outcomes[rep.Id].WinRate,
                Values = signals.KeepSupported(rep.Id, behaviourValues[i]),
            });
        }

        return samples;
    }

    private List<RepScorecard> BuildScorecards(IReadOnlyList<Rep> reps, ExplainedScore[] adoption, Dictionary<string, RepOutcomes> outcomes,
        IReadOnlyDictionary<string, TierAssignment> tiers, List<RepBehaviourSample> behaviours, TeamBenchmarks benchmarks,
        IDictionary<string, double>? previousAdoption, string period)
    {
        var againstBenchmarks = BehaviourScorer.AgainstBenchmarks(benchmarks);
        var previousScores = previousAdoption ?? new Dictionary<string, double>();
        var scorecards = new List<RepScorecard>(reps.Count);
        for (var i = 0; i < reps.Count; i++)
        {
            var rep = reps[i];
            var hasPrevious = previousScores.TryGetValue(rep.Id, out var previous);
            scorecards.Add(new RepScorecard
            {
                RepId = rep.Id,
                RepName = rep.Name,
                ManagerId = rep.ManagerId,
                Period = period,
                Adoption = adoption[i],
                PreviousAdoption = hasPrevious ? previous : (double?)null,
                Outcomes = outcomes[rep.Id],
                Tier = tiers[rep.Id],
                Behaviour = BehaviourScorer.Score(behaviours[i].Values, benchmarks, againstBenchmarks),
                BehaviourValues = behaviours[i].Values,
            });
        }

        return scorecards;
    }

    /// <summary>What <see cref="MeasureReps"/> finds, rep by rep.</summary>
    private sealed class RepMeasures
    {
        public RepMeasures(int reps)
        {
            Outcomes = new Dictionary<string, RepOutcomes>(reps, StringComparer.Ordinal);
            BehaviourValues = new Dictionary<string, double>[reps];
            Adoption = new ExplainedScore[reps];
        }

        /// <summary>Parallel to the reps: the adoption score over their open deals.</summary>
        public ExplainedScore[] Adoption { get; }

        public SignalCoverage Signals { get; set; } = new SignalCoverage();

        public Dictionary<string, RepOutcomes> Outcomes { get; }

        /// <summary>Parallel to the reps; every behaviour measured, supported or not.</summary>
        public Dictionary<string, double>[] BehaviourValues { get; }
    }

    private IReadOnlyList<CoachingTip> Tips(CleanSnapshot clean, List<RepScorecard> scorecards, List<DealFacts> openDeals, TeamBenchmarks benchmarks, DateTime now, SignalCoverage signals)
    {
        // A tip that needs an input the rep or org does not capture would be raised from zeros: such rules are not run.
        var tips = new List<CoachingTip>();
        var coach = new DealCoach(profile);
        // One context moved from deal to deal; equal tips share their texts (TipTextMemo).
        DealRuleContext? dealContext = null;
        var topPerformers = new BenchmarkMemo(benchmarks);
        var texts = new TipTextMemo();
        foreach (var deal in openDeals)
        {
            var owner = clean.RepsById[deal.Opportunity.OwnerId];
            if (dealContext == null)
            {
                dealContext = new DealRuleContext(deal, owner, topPerformers, now, texts);
            }
            else
            {
                dealContext.MoveTo(deal, owner);
            }

            coach.AddTips(dealContext, signals, tips);
        }

        var repRules = CoachingRuleCatalogue.RepRules;
        var repSettings = repRules.Select(rule => profile.EnabledRule(rule.Id)).ToArray();
        foreach (var card in scorecards)
        {
            var context = new RepRuleContext(clean.RepsById[card.RepId], card, benchmarks, now);
            for (var r = 0; r < repRules.Count; r++)
            {
                var rule = repRules[r];
                var settings = repSettings[r];
                var tip = settings == null || !signals.Supports(rule.Id, card.RepId) ? null : rule.Evaluate(context, settings);
                if (tip != null)
                {
                    tips.Add(tip);
                }
            }
        }

        return TipOrder.Sort(tips);
    }
}
