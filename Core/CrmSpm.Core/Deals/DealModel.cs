using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Serialization;

namespace CrmSpm.Core.Deals;

/// <summary>
/// Explainable win probability for open deals: naive Bayes over frequency tables of closed deals, in the
/// manner of Odoo's predictive lead scoring (docs/scoring.md §6).
/// <list type="bullet">
/// <item>Stage is counted the Odoo way: a won deal counts for every stage, a lost deal only for the stages
/// up to the one it was lost at, so reaching a later stage raises the probability.</item>
/// <item>Other features (touch recency, contacts, slippage, pipeline amount band, owner's tier) are counted per
/// value; each conditional is an m-estimate toward the value's overall share (<see cref="DealLikelihoods"/>), so
/// a value every deal shares carries no weight.</item>
/// <item>The evidence is shrunk toward the org's prior by thresholds.dealModelPriorStrength pseudo-deals and
/// weighted by what the held-out check (<see cref="Calibrate"/>: time-ordered, or leave-one-out below 200 closed
/// deals) found; when that check cannot beat
/// the base rate every deal scores the prior ("not enough signal yet").</item>
/// </list>
/// <see cref="Add"/> and <see cref="Remove"/> update one closed deal in O(features + stages);
/// <see cref="Rebuild"/> from the same deals yields identical state; <see cref="Score"/> costs a few
/// dictionary look-ups, cheap enough for a plugin's save path. <see cref="Score"/> only reads, so one instance
/// may serve concurrent scorers; <see cref="Add"/>, <see cref="Remove"/> and <see cref="Rebuild"/> must not run
/// concurrently with anything else on the same instance.
/// </summary>
public sealed class DealModel
{
    private const double MinProbability = 0.01;
    private const double MaxProbability = 0.99;
    private const int ReasonsPerSide = 3;
    internal const int CategoricalFeatureCount = 5;

    private readonly DealFeatureBands bands;
    private readonly DealFrequencyTable table;
    private readonly double priorStrength;
    private readonly double defaultWinRate;
    private readonly ScoringProfile profile;
    private DealModelCalibration calibration = Unchecked();

    // Reused by Add and Remove, which never run concurrently (see above), so a rebuild over tens of
    // thousands of closed deals does not allocate an array per deal. Score allocates its own.
    private readonly KeyValuePair<string, string>[] countedValues = new KeyValuePair<string, string>[CategoricalFeatureCount];

    /// <summary>An empty model using the profile's stage catalogue, amount bands and prior settings.</summary>
    public DealModel(ScoringProfile profile)
    {
        if (profile == null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        this.profile = profile;
        bands = new DealFeatureBands(profile.Thresholds.AmountBands);
        table = new DealFrequencyTable(new StageCatalogue(profile.Stages).Ordered.Select(s => s.Order).ToArray());
        priorStrength = profile.Thresholds.DealModelPriorStrength;
        defaultWinRate = profile.Thresholds.DefaultWinRate;
    }

    /// <summary>Won deals counted.</summary>
    public int WonCount => table.Won;

    /// <summary>Lost deals counted.</summary>
    public int LostCount => table.Lost;

    /// <summary>What the last held-out check (<see cref="Calibrate"/>) found.</summary>
    public DealModelSignal Signal => calibration.Signal;

    /// <summary>True when the check found signal in the stage alone: the other features then carry no weight.</summary>
    public bool StageOnly => calibration.StageOnly;

    /// <summary>The weight of the evidence against the prior: 1 unchecked, 0 without signal, the checked weight otherwise.</summary>
    public double EvidenceWeight => calibration.EvidenceWeight;

    /// <summary>Brier score of the held-out predictions at <see cref="EvidenceWeight"/>, and of the running base rate (0 when unchecked).</summary>
    public double HeldOutBrier => calibration.HeldOutBrier;

    /// <summary>Brier score of predicting the running base rate on the same held-out deals.</summary>
    public double BaseRateBrier => calibration.BaseRateBrier;

    /// <summary>Restores a model from persisted state; throws <see cref="FormatException"/> for a state it cannot use.</summary>
    public static DealModel FromState(DealModelState state, ScoringProfile profile)
    {
        if (state == null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        if (state.Version != DealModelState.CurrentVersion || state.Won < 0 || state.Lost < 0)
        {
            throw new FormatException("DealModelState: unsupported version or negative totals; rebuild the model from history.");
        }

        var model = new DealModel(profile);
        model.table.Load(state);
        model.calibration = state.Signal == DealModelSignal.Signal || state.Signal == DealModelSignal.NotEnoughSignal
            ? new DealModelCalibration
            {
                Signal = state.Signal,
                EvidenceWeight = state.Signal == DealModelSignal.Signal ? Math.Max(0, Math.Min(1, state.EvidenceWeight)) : 0,
                Predictions = state.CheckedDeals,
                HeldOutBrier = state.HeldOutBrier,
                BaseRateBrier = state.BaseRateBrier,
                StageOnly = state.Signal == DealModelSignal.Signal && state.StageOnly,
            }
            : Unchecked();
        return model;
    }

    /// <summary>Restores a model from <see cref="ToJson"/> output; throws <see cref="FormatException"/> on bad JSON.</summary>
    public static DealModel FromJson(string json, ScoringProfile profile) =>
        FromState(ContractJson.Deserialize<DealModelState>(json), profile);

    /// <summary>Counts one closed (won or lost) deal.</summary>
    public void Add(DealFeatures closedDeal)
    {
        RequireClosed(closedDeal);
        table.Apply(closedDeal.Outcome == OpportunityStatus.Won, closedDeal.StageOrder, CategoricalValues(closedDeal, countedValues), +1);
    }

    /// <summary>
    /// Un-counts a closed deal (reopened, or its facts changed). Returns false and changes nothing when the
    /// deal cannot have been counted (a count would go below zero).
    /// </summary>
    public bool Remove(DealFeatures closedDeal)
    {
        RequireClosed(closedDeal);
        var isWon = closedDeal.Outcome == OpportunityStatus.Won;
        var values = CategoricalValues(closedDeal, countedValues);
        if (!table.Contains(isWon, closedDeal.StageOrder, values))
        {
            return false;
        }

        table.Apply(isWon, closedDeal.StageOrder, values, -1);
        return true;
    }

    /// <summary>
    /// Runs the time-ordered held-out check over <paramref name="closedDeals"/> (each predicted from those closed
    /// before it, in <see cref="DealFeatures.ClosedOn"/> order) and keeps the evidence weight it supports. The counts
    /// do not change; <see cref="Add"/> and <see cref="Remove"/> keep the weight until the next check.
    /// </summary>
    public void Calibrate(IEnumerable<DealFeatures> closedDeals) => calibration = DealModelCheck.Run(this, closedDeals);

    /// <summary>Forgets every count and counts <paramref name="closedDeals"/> again; open deals are ignored. The last check's weight is kept.</summary>
    public void Rebuild(IEnumerable<DealFeatures> closedDeals)
    {
        var groups = new Dictionary<CountedDeal, int>();
        foreach (var deal in closedDeals ?? Enumerable.Empty<DealFeatures>())
        {
            if (deal != null && deal.Outcome != OpportunityStatus.Open)
            {
                Group(deal, groups);
            }
        }

        CountGroups(groups);
    }

    /// <summary>
    /// <see cref="Rebuild"/> then <see cref="Calibrate"/> over the same deals (the full run's, all closed); the check starts
    /// from the rebuilt counts instead of counting every deal again (docs/performance.md, Core engine).
    /// </summary>
    internal void RebuildAndCalibrate(TrainingDeals closedDeals)
    {
        var groups = new Dictionary<CountedDeal, int>();
        // One features object refilled deal after deal: counting keeps nothing of it.
        var deal = new DealFeatures();
        for (var i = 0; i < closedDeals.Count; i++)
        {
            closedDeals.CopyTo(i, deal);
            Group(deal, groups);
        }

        CountGroups(groups);
        calibration = DealModelCheck.RunOnCounts(this, closedDeals);
    }

    /// <summary>
    /// Adds a closed deal to the group of deals alike in outcome, stage and banded values: counts are whole numbers, so
    /// n deals counted at once count as n one by one, and a run's tens of thousands of deals fall into a few thousand groups.
    /// </summary>
    private void Group(DealFeatures closedDeal, Dictionary<CountedDeal, int> groups)
    {
        var key = new CountedDeal(closedDeal.Outcome == OpportunityStatus.Won, closedDeal.StageOrder, CategoricalValues(closedDeal, countedValues));
        if (groups.TryGetValue(key, out var count))
        {
            groups[key] = count + 1;
        }
        else
        {
            groups.Add(key.Kept(), 1);
        }
    }

    /// <summary>Forgets every count and counts the <see cref="Group"/>ed deals.</summary>
    private void CountGroups(Dictionary<CountedDeal, int> groups)
    {
        table.Clear();
        foreach (var group in groups)
        {
            table.Apply(group.Key.IsWon, group.Key.StageOrder, group.Key.Values, group.Value);
        }
    }

    /// <summary>Win probability of an open deal with its top positive and negative reasons.</summary>
    public DealScore Score(DealFeatures openDeal)
    {
        if (openDeal == null)
        {
            throw new ArgumentNullException(nameof(openDeal));
        }

        return Score(openDeal, new DealScoringPass(this));
    }

    /// <summary>
    /// The full run's scores of every open deal, in order, from one <see cref="DealScoringPass"/>: each feature value's
    /// ratio is worked out once, not once per deal, and the deals share their reason texts (docs/performance.md, Core engine).
    /// Equal to <see cref="Score"/> of <see cref="DealFeatureExtractor.From"/> for each deal.
    /// </summary>
    internal List<DealScore> ScoreAll(IReadOnlyList<Scoring.DealFacts> openDeals, Func<Scoring.DealFacts, Scoring.Tiers.Tier> ownerTier)
    {
        var pass = new DealScoringPass(this, remember: true);
        // One features object refilled deal after deal: a score keeps only the deal's id, never its features.
        var features = new DealFeatures();
        var scores = new List<DealScore>(openDeals.Count);
        for (var i = 0; i < openDeals.Count; i++)
        {
            DealFeatureExtractor.Fill(features, openDeals[i], ownerTier(openDeals[i]));
            scores.Add(Score(features, pass));
        }

        return scores;
    }

    private DealScore Score(DealFeatures openDeal, DealScoringPass pass)
    {
        var won = table.Won;
        var closed = won + table.Lost;
        var prior = Prior();
        var weight = Shrink() * calibration.EvidenceWeight;
        var featureWeight = calibration.StageOnly ? 0 : weight;
        var values = CategoricalValues(openDeal, pass.Values);
        var terms = pass.Terms;
        terms[0] = new DealTerm(DealFeatureNames.Stage, "", pass.StageRatio(openDeal.StageOrder) * weight);
        for (var i = 0; i < values.Length; i++)
        {
            terms[i + 1] = new DealTerm(values[i].Key, values[i].Value, pass.CategoricalRatio(i, values[i].Key, values[i].Value) * featureWeight);
        }

        // Summed in term order from 0: floating-point sums depend on order, and stored scores must not move.
        double evidence = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            evidence += terms[i].LogRatio;
        }

        var logit = Logit(prior) + evidence;
        var probability = Clamp(Sigmoid(logit));
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i].Impact = Math.Round(probability - Clamp(Sigmoid(logit - terms[i].LogRatio)), 4);
        }

        return new DealScore
        {
            OpportunityId = openDeal.OpportunityId,
            Probability = probability,
            PriorProbability = Clamp(prior),
            ClosedDeals = closed,
            Signal = calibration.Signal,
            TeamWinRate = closed > 0 ? (double)won / closed : (double?)null,
            PositiveReasons = DealReasonRanking.Top(terms, openDeal, positive: true, ReasonsPerSide, pass.Texts, pass.Reasons, pass.PickedReasons),
            NegativeReasons = DealReasonRanking.Top(terms, openDeal, positive: false, ReasonsPerSide, pass.Texts, pass.Reasons, pass.PickedReasons),
        };
    }

    /// <summary>The frequency tables, sorted so equal models give equal JSON.</summary>
    public DealModelState ToState()
    {
        var state = table.ToState();
        state.Signal = calibration.Signal;
        state.EvidenceWeight = calibration.EvidenceWeight;
        state.CheckedDeals = calibration.Predictions;
        state.HeldOutBrier = calibration.HeldOutBrier;
        state.BaseRateBrier = calibration.BaseRateBrier;
        state.StageOnly = calibration.StageOnly;
        return state;
    }

    /// <summary>Serialises the state for storage (DataContractJsonSerializer).</summary>
    public string ToJson() => ContractJson.Serialize(ToState());

    /// <summary>The prior: (W + k·r) ÷ (N + k), r itself when nothing is counted and k = 0.</summary>
    private double Prior()
    {
        var closed = table.Won + table.Lost;
        return closed == 0 && priorStrength <= 0 ? defaultWinRate : (table.Won + priorStrength * defaultWinRate) / (closed + priorStrength);
    }

    /// <summary>N ÷ (N + k): young models lean on the prior.</summary>
    private double Shrink()
    {
        var closed = table.Won + table.Lost;
        return closed + priorStrength > 0 ? closed / (closed + priorStrength) : 0;
    }

    /// <summary>The prior's log-odds and the shrunk, unweighted evidence for one deal: what the held-out check weighs.</summary>
    internal void Evidence(DealFeatures deal, out double priorLogit, out double evidence)
    {
        priorLogit = Logit(Prior());
        var values = CategoricalValues(deal, new KeyValuePair<string, string>[CategoricalFeatureCount]);
        evidence = StageLogLikelihoodRatio(deal.StageOrder);
        for (var i = 0; i < values.Length; i++)
        {
            evidence += CategoricalLogLikelihoodRatio(values[i].Key, values[i].Value);
        }

        evidence *= Shrink();
    }

    /// <summary>The stage's part of <see cref="Evidence"/>: the evidence of the check's stage-only candidate.</summary>
    internal double StageEvidence(DealFeatures deal) => StageLogLikelihoodRatio(deal.StageOrder) * Shrink();

    /// <summary>An empty model with the same settings, for the held-out check.</summary>
    internal DealModel EmptyCopy() => new DealModel(profile);

    /// <summary>A model with the same settings and counts (a few dozen entries), for the held-out check.</summary>
    internal DealModel CountedCopy()
    {
        var copy = EmptyCopy();
        copy.table.Load(table.ToState());
        return copy;
    }

    /// <summary><see cref="RebuildAndCalibrate(TrainingDeals)"/> of closed <paramref name="closedDeals"/>.</summary>
    internal void RebuildAndCalibrate(IReadOnlyList<DealFeatures> closedDeals) => RebuildAndCalibrate(TrainingDeals.From(closedDeals));

    /// <summary>sigmoid(logit), clamped to 0.01–0.99.</summary>
    internal static double Probability(double logit) => Clamp(Sigmoid(logit));

    private static DealModelCalibration Unchecked() => new DealModelCalibration { Signal = DealModelSignal.Unchecked, EvidenceWeight = 1 };

    /// <summary>
    /// Stage log-likelihood ratio (<see cref="DealLikelihoods.Stage"/>) over the deals with a known stage; 0 for a deal
    /// whose stage is unknown.
    /// </summary>
    internal double StageLogLikelihoodRatio(int order) => order == DealFeatures.StageUnknown
        ? 0
        : DealLikelihoods.Stage(table.StageWon, table.StageLost, table.LostReached(table.EffectiveStage(order)));

    /// <summary>Categorical log-likelihood ratio (<see cref="DealLikelihoods.Categorical"/>), held to the band's <see cref="CoachedDirection"/>.</summary>
    internal double CategoricalLogLikelihoodRatio(string feature, string value)
    {
        var counter = table.Find(feature, value);
        var ratio = DealLikelihoods.Categorical(table.Won, table.Lost, counter?.Won ?? 0, counter?.Lost ?? 0, bands.Cardinality(feature), table.CommonestShare(feature));
        return CoachedDirection.Apply(feature, value, ratio);
    }

    /// <summary>Writes the banded value of every categorical feature into <paramref name="values"/>, in a fixed order.</summary>
    private KeyValuePair<string, string>[] CategoricalValues(DealFeatures deal, KeyValuePair<string, string>[] values)
    {
        values[0] = Pair(DealFeatureNames.TouchRecency, DealFeatureBands.TouchRecency(deal.DaysSinceTouch));
        values[1] = Pair(DealFeatureNames.Contacts, DealFeatureBands.Contacts(deal.ContactsEngaged));
        values[2] = Pair(DealFeatureNames.Slippage, DealFeatureBands.Slippage(deal.ClosePushes));
        values[3] = Pair(DealFeatureNames.Amount, bands.Amount(deal.Amount));
        values[4] = Pair(DealFeatureNames.OwnerTier, DealFeatureBands.OwnerTier(deal.OwnerTier));
        return values;
    }

    private static KeyValuePair<string, string> Pair(string feature, string value) => new KeyValuePair<string, string>(feature, value);

    private static void RequireClosed(DealFeatures deal)
    {
        if (deal == null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        if (deal.Outcome == OpportunityStatus.Open)
        {
            throw new ArgumentException("Only won or lost deals are counted; deal " + deal.OpportunityId + " is open.", nameof(deal));
        }
    }

    private static double Logit(double p) => Math.Log(Clamp(p) / (1 - Clamp(p)));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double Clamp(double p) => p < MinProbability ? MinProbability : p > MaxProbability ? MaxProbability : p;
}
