using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Coaching.Policy;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Signals;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Json;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Profiles;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// The heart of both deal events: rescore a deal, raise or close its tips, and write everything in one update of the
/// deal plus one write per tip that changes. The deal is written before the tips on purpose: the update takes the
/// deal's row lock, so two events on one deal queue behind each other and the second sees the first's tips.
/// </summary>
public sealed class DealRefresher
{
    private static readonly LastParsed<TeamBenchmarks> SharedBenchmarks = new LastParsed<TeamBenchmarks>();
    private static readonly LastParsed<SignalCoverage> SharedSignals = new LastParsed<SignalCoverage>();

    /// <summary>Stands for an unreadable signals document in <see cref="SharedSignals"/>, which caches no null.</summary>
    private static readonly SignalCoverage NoCoverage = new SignalCoverage();

    private readonly ActiveProfileReader _profileReader;
    private readonly ProfileResolver _profiles;
    private readonly DealModelLoader _models;
    private readonly IOrganizationService _dealWriter;
    private readonly TipWriter _tips;
    private readonly TipReader _tipReader;
    private readonly ITracingService _tracing;
    private readonly EventBudget? _budget;
    private readonly ShownElsewhereReader? _shownElsewhere;

    /// <param name="shownElsewhere">Reads the weekly cap's count when the caller gives none; null counts each deal's own tips only.</param>
    public DealRefresher(ActiveProfileReader profileReader, ProfileResolver profiles, DealModelLoader models,
        IOrganizationService dealWriter, TipWriter tips, TipReader tipReader, ITracingService tracing, EventBudget? budget = null,
        ShownElsewhereReader? shownElsewhere = null)
    {
        _profileReader = profileReader;
        _profiles = profiles;
        _models = models;
        _dealWriter = dealWriter;
        _tips = tips;
        _tipReader = tipReader;
        _tracing = tracing;
        _budget = budget;
        _shownElsewhere = shownElsewhere;
    }

    /// <summary>
    /// The refresher of the nightly recompute: profile, model and tips read and written as SYSTEM, the deal's own
    /// columns by <paramref name="dealWriter"/>, and no round-trip budget (it runs asynchronously).
    /// </summary>
    public static DealRefresher For(LocalPluginContext context, IOrganizationService dealWriter) =>
        new DealRefresher(
            new ActiveProfileReader(context.SystemService),
            new ProfileResolver(context.TracingService),
            new DealModelLoader(context.TracingService),
            dealWriter,
            new TipWriter(context.SystemService),
            new TipReader(context.SystemService),
            context.TracingService,
            shownElsewhere: new ShownElsewhereReader(context.SystemService, context.TracingService));

    /// <summary>
    /// The refresher of a synchronous event step: everything as SYSTEM (our bookkeeping, docs/plugins.md "writes
    /// as"), tip writes kept within the event's round-trip budget, <paramref name="callsAfter"/> calls left for
    /// what the step writes after the refresh.
    /// </summary>
    public static DealRefresher ForEvent(LocalPluginContext context, int callsAfter = 0) =>
        new DealRefresher(
            new ActiveProfileReader(context.SystemService),
            new ProfileResolver(context.TracingService),
            new DealModelLoader(context.TracingService),
            context.SystemService,
            new TipWriter(context.SystemService),
            new TipReader(context.SystemService),
            context.TracingService,
            new EventBudget(context.RoundTrips, callsAfter),
            new ShownElsewhereReader(context.SystemService, context.TracingService));

    /// <summary>Calls the step makes after this refresh (an account's last touch); none unless said.</summary>
    public void ReserveCallsAfter(int calls) => _budget?.ReserveAfter(calls);

    /// <summary>The profile for this deal: the joined one, else the active one read on its own, else the default.</summary>
    public ScoringProfile ProfileFor(DealContext deal)
    {
        if (deal.ProfileJson == null)
        {
            // No model row joins the team to a profile yet. Remember which profile was read, so the team's first
            // model row links to it and later events find the profile in their single joined read.
            var active = _profileReader.Read();
            if (active != null)
            {
                deal.ProfileId = active.Id;
                deal.ProfileJson = active.GetAttributeValue<string>(ScoringProfileColumns.ProfileJson);
            }
        }

        return _profiles.Resolve(deal.ProfileJson);
    }

    /// <summary>Rescores and recoaches the deal; <paramref name="changes"/> already holds the caller's own column changes.</summary>
    public DealRefreshResult Refresh(DealContext deal, ScoringProfile profile, Entity changes, DateTime now) =>
        Write(Prepare(deal, profile, changes, now), shownElsewhere: null);

    /// <summary>
    /// Rescores and coaches the deal, writing nothing (<see cref="Write"/> does): the recompute prepares a team's deals
    /// before writing any, so a rep's weekly tip slots go to their most valuable tips (docs/plugins.md, "Weekly tip cap").
    /// </summary>
    public PreparedDeal Prepare(DealContext deal, ScoringProfile profile, Entity changes, DateTime now)
    {
        var prepared = new PreparedDeal(deal.Opportunity, changes, now);
        var row = deal.Opportunity;
        var stages = new StageCatalogue(profile.Stages);
        if (OpportunityMapper.StatusOf(row) == Core.Model.OpportunityStatus.Open && OpportunityMapper.StageOf(row, stages) == null)
        {
            // Never silently the first stage: the admin reads this in the plug-in trace log (and the recompute's data
            // issues); the deal keeps its last score and tips until its stage is mapped.
            _tracing.Trace("Data issue: deal {0} is at stage '{1}', which the scoring profile does not map (stages[].name, stepNames, salesStage). It is not scored until the profile maps it.",
                row.Id, OpportunityMapper.RawStageOf(row));
            return prepared;
        }

        var result = prepared.Result;
        var opportunity = OpportunityMapper.ToCore(row, stages);
        var touches = TouchLog.Read(row.GetAttributeValue<string>(OpportunityColumns.TouchLog));
        var activities = deal.Activities ?? touches.ToActivities(opportunity.Id, opportunity.OwnerId);
        var facts = new DealFactsBuilder(profile).Build(opportunity, activities, now);

        if (opportunity.IsOpen)
        {
            var features = DealFeatureExtractor.From(facts, TierMapper.FromChoice(deal.OwnerTierChoice));
            var score = _models.LoadForScoring(deal.ModelStateJson, profile).Score(features);
            result.Score = score.Score;
            result.Reasons = score.PositiveReasons.Concat(score.NegativeReasons).ToList();
            WriteScore(row, changes, score, now);
        }

        var verdict = Supported(new DealCoach(profile).Evaluate(new DealRuleContext(facts, null, BenchmarksOf(deal), now)), deal);
        var stored = row.GetAttributeValue<string>(OpportunityColumns.TipState);
        var state = JsonColumn.Read<List<TipStateEntry>>(stored) ?? new List<TipStateEntry>();
        Func<string, string> keyOf = rule => TipKeys.ForDeal(rule, opportunity.Id);
        var planner = TipPlanner.For(profile);
        var tips = deal.Tips ?? ReadTipsIfNeeded(state, verdict, planner, keyOf, opportunity.OwnerId, now);
        TipReconciler.Reconcile(state, rule => TipIdentity.ForKey(keyOf(rule)), tips, now);
        prepared.Coach(planner, verdict.Tips, state, stored, keyOf, tips, row.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId), opportunity.OwnerId);
        return prepared;
    }

    /// <summary>
    /// Writes a prepared deal: its update, then its tips. <paramref name="shownElsewhere"/> is the tips shown to the
    /// owner this week on their other records (the recompute counts them from the team it loaded); null has an event
    /// read them when its plan shows a tip (<see cref="PlanWithinWeek"/>).
    /// </summary>
    public DealRefreshResult Write(PreparedDeal deal, int? shownElsewhere)
    {
        var result = deal.Result;
        var row = deal.Row;
        var changes = deal.Changes;
        if (!deal.Coached)
        {
            if (changes.Attributes.Count > 0)
            {
                _dealWriter.Update(changes);
                result.DealWritten = true;
            }

            return result;
        }

        var plan = PlanWithinWeek(deal, shownElsewhere);
        plan.TrimToBudget(action => TipWriter.CostOf(action, deal.ExistingOf(action.Key)), _budget?.TipCallsLeft(dealWrite: true) ?? int.MaxValue);
        TipPlanner.Apply(plan, deal.State, deal.KeyOf);
        var stateJson = TipStateColumn.Write(deal.State);
        if (stateJson != (deal.StoredState ?? JsonColumn.Write(new List<TipStateEntry>())))
        {
            changes[OpportunityColumns.TipState] = stateJson;
        }

        if (changes.Attributes.Count > 0)
        {
            _dealWriter.Update(changes);
            result.DealWritten = true;
        }

        foreach (var action in plan.Writes)
        {
            var existing = deal.ExistingOf(action.Key);
            switch (action.Kind)
            {
                case TipActionKind.Raise:
                case TipActionKind.Resurface:
                    _tips.Raise(action.Tip!, row.ToEntityReference(), deal.Owner, action.After.ShowCount, existing);
                    result.TipsRaised++;
                    break;
                case TipActionKind.Refresh:
                    result.TipsRefreshed += _tips.Refresh(action.Tip!, deal.Owner, existing) ? 1 : 0;
                    break;
                default:
                    _tips.Close(existing);
                    result.TipsClosed++;
                    break;
            }
        }

        _tracing.Trace("Deal {0}: score {1}, {2} tips raised, {3} closed, {4} deferred ({5}).", row.Id, result.Score?.ToString() ?? "n/a",
            result.TipsRaised, result.TipsClosed, plan.Deferred.Count, string.Join(", ", plan.Deferred.Select(d => d.Key + ": " + d.Reason)));
        return result;
    }

    // The weekly cap across the owner's deals (docs/plugins.md, "Weekly tip cap"). Without a count from the caller, an
    // event reads one only when its plan shows a tip: one query, then the plan again with what it found. An event
    // whose round trips (docs/performance.md, at most 4) cannot pay for that query and its cheapest show, no reader,
    // or a faulted read: this deal's own tips only, as before the cap spanned deals (the nightly recompute counts all).
    private TipActionPlan PlanWithinWeek(PreparedDeal deal, int? shownElsewhere)
    {
        if (shownElsewhere.HasValue)
        {
            return deal.PlanTips(shownElsewhere.Value);
        }

        var plan = deal.PlanTips(0);
        if (_shownElsewhere == null || deal.OwnerId == null || !plan.Actions.Any(a => a.Shows))
        {
            return plan;
        }

        var cheapestShow = plan.Actions.Where(a => a.Shows).Min(a => TipWriter.CostOf(a, deal.ExistingOf(a.Key)));
        if (_budget != null && _budget.TipCallsLeft(dealWrite: true) - 1 < cheapestShow)
        {
            _tracing.Trace("Weekly tip cap: the event's round trips cannot afford counting the rep's other deals and a tip; counting this deal's tips only.");
            return plan;
        }

        var counted = _shownElsewhere.Count(deal.OwnerId.Value, deal.Row.Id, deal.Now);
        return counted.HasValue ? deal.PlanTips(counted.Value) : plan;
    }

    // The recompute does not join the tasks: read them, by their derived ids, only when a tip may be written. Without
    // an open entry nothing can need a refresh, so a plan over unread tasks tells whether anything is to be written.
    private Dictionary<Guid, ExistingTip> ReadTipsIfNeeded(List<TipStateEntry> state, DealCoachingResult verdict, TipPlanner planner,
        Func<string, string> keyOf, string repId, DateTime now)
    {
        var probe = planner.Plan(state.Select(e => new KeyValuePair<string, TipStateEntry>(keyOf(e.RuleId), e)), verdict.Tips,
            _ => null, _ => null, repId, now);
        if (!probe.Writes.Any() && !state.Any(e => e.Open))
        {
            return new Dictionary<Guid, ExistingTip>();
        }

        var keys = state.Select(e => keyOf(e.RuleId))
            .Concat(verdict.Tips.Select(t => t.Key))
            .Concat(verdict.ClearedKeys);
        return _tipReader.Read(keys.Select(TipIdentity.ForKey));
    }

    private static void WriteScore(Entity row, Entity changes, DealScore score, DateTime now)
    {
        var previous = row.GetAttributeValue<int?>(OpportunityColumns.DealScore);
        // Reasons are listed strongest first: the weakest go when the list outgrows its column (a lone note never does).
        var reasons = BoundedText.WriteList(ScoreReasons.Stored(score), OpportunityColumns.DealScoreReasonsMaxLength, dropOldestFirst: false);
        if (previous != score.Score)
        {
            changes[OpportunityColumns.DealScore] = score.Score;
            if (previous.HasValue)
            {
                changes[OpportunityColumns.PreviousDealScore] = previous.Value;
            }

            if (DealScoreHistory.Append(row.GetAttributeValue<string>(OpportunityColumns.DealScoreHistory), score.Score, now) is { } history)
            {
                changes[OpportunityColumns.DealScoreHistory] = history;
            }
        }

        if (reasons != row.GetAttributeValue<string>(OpportunityColumns.DealScoreReasons))
        {
            changes[OpportunityColumns.DealScoreReasons] = reasons;
        }
    }

    /// <summary>
    /// The verdict without the tips the team's data cannot support, by the rule the full run applies
    /// (<see cref="SignalCoverage.Supports"/>): an open one of them closes, as the recompute would close it. No stored
    /// coverage (before the first recompute) or an unreadable one keeps every tip, as before coverage was stored.
    /// </summary>
    private DealCoachingResult Supported(DealCoachingResult verdict, DealContext deal)
    {
        if (string.IsNullOrWhiteSpace(deal.SignalsJson))
        {
            return verdict;
        }

        var coverage = SharedSignals.Get(deal.SignalsJson!, null, json => SignalsDocument.Read(json) ?? NoCoverage);
        if (ReferenceEquals(coverage, NoCoverage))
        {
            _tracing.Trace("The team's signals are unusable, coaching without them until the recompute.");
            return verdict;
        }

        var dropped = verdict.Tips.Where(t => !coverage.Supports(t.RuleId, t.RepId)).ToList();
        if (dropped.Count == 0)
        {
            return verdict;
        }

        _tracing.Trace("Not supported by the team's data: {0}.", string.Join(", ", dropped.Select(t => t.RuleId)));
        return new DealCoachingResult
        {
            Tips = verdict.Tips.Except(dropped).ToList(),
            ClearedKeys = verdict.ClearedKeys.Concat(dropped.Select(t => t.Key)).ToList(),
        };
    }

    private TeamBenchmarks BenchmarksOf(DealContext deal)
    {
        if (string.IsNullOrWhiteSpace(deal.BenchmarksJson))
        {
            return TeamBenchmarks.Empty;
        }

        try
        {
            return SharedBenchmarks.Get(deal.BenchmarksJson!, null, TeamBenchmarks.FromJson);
        }
        catch (FormatException exception)
        {
            _tracing.Trace("The team's benchmarks are unusable, coaching without them: {0}", exception.Message);
            return TeamBenchmarks.Empty;
        }
    }
}
