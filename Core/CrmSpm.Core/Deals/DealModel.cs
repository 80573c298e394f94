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
/// <item>Other features (touch recency, contacts, slippage, amount band, owner's tier) are counted per
/// value with Laplace smoothing.</item>
/// <item>The evidence is shrunk toward the org's prior by thresholds.dealModelPriorStrength pseudo-deals,
/// so about ten closed deals already give sensible answers.</item>
/// </list>
/// <see cref="Add"/> and <see cref="Remove"/> update one closed deal in O(features + stages);
/// <see cref="Rebuild"/> from the same deals yields identical state; <see cref="Score"/> costs a few
/// dictionary look-ups, cheap enough for a plugin's save path. <see cref="Score"/> only reads, so one instance
/// may serve concurrent scorers; <see cref="Add"/>, <see cref="Remove"/> and <see cref="Rebuild"/> must not run
/// concurrently with anything else on the same instance.
/// </summary>
public sealed class DealModel
{
    private const double Smoothing = 1.0;
    private const double MinProbability = 0.01;
    private const double MaxProbability = 0.99;
    private const int ReasonsPerSide = 3;
    private const int CategoricalFeatureCount = 5;

    private readonly DealFeatureBands bands;
    private readonly DealFrequencyTable table;
    private readonly double priorStrength;
    private readonly double defaultWinRate;

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

        bands = new DealFeatureBands(profile.Thresholds.AmountBands);
        table = new DealFrequencyTable(new StageCatalogue(profile.Stages).Ordered.Select(s => s.Order).ToArray());
        priorStrength = profile.Thresholds.DealModelPriorStrength;
        defaultWinRate = profile.Thresholds.DefaultWinRate;
    }

    /// <summary>Won deals counted.</summary>
    public int WonCount => table.Won;

    /// <summary>Lost deals counted.</summary>
    public int LostCount => table.Lost;

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

    /// <summary>Forgets every count and counts <paramref name="closedDeals"/> again; open deals are ignored.</summary>
    public void Rebuild(IEnumerable<DealFeatures> closedDeals)
    {
        table.Clear();
        foreach (var deal in closedDeals ?? Enumerable.Empty<DealFeatures>())
        {
            if (deal != null && deal.Outcome != OpportunityStatus.Open)
            {
                Add(deal);
            }
        }
    }

    /// <summary>Win probability of an open deal with its top positive and negative reasons.</summary>
    public DealScore Score(DealFeatures openDeal)
    {
        if (openDeal == null)
        {
            throw new ArgumentNullException(nameof(openDeal));
        }

        var won = table.Won;
        var closed = won + table.Lost;
        var prior = closed == 0 && priorStrength <= 0 ? defaultWinRate : (won + priorStrength * defaultWinRate) / (closed + priorStrength);
        var shrink = closed + priorStrength > 0 ? closed / (closed + priorStrength) : 0;
        var values = CategoricalValues(openDeal, new KeyValuePair<string, string>[CategoricalFeatureCount]);
        var terms = new DealTerm[values.Length + 1];
        terms[0] = new DealTerm(DealFeatureNames.Stage, "", StageLogLikelihoodRatio(openDeal.StageOrder) * shrink);
        for (var i = 0; i < values.Length; i++)
        {
            terms[i + 1] = new DealTerm(values[i].Key, values[i].Value, CategoricalLogLikelihoodRatio(values[i].Key, values[i].Value) * shrink);
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
            PositiveReasons = DealReasonRanking.Top(terms, openDeal, positive: true, ReasonsPerSide),
            NegativeReasons = DealReasonRanking.Top(terms, openDeal, positive: false, ReasonsPerSide),
        };
    }

    /// <summary>The frequency tables, sorted so equal models give equal JSON.</summary>
    public DealModelState ToState() => table.ToState();

    /// <summary>Serialises the state for storage (DataContractJsonSerializer).</summary>
    public string ToJson() => ContractJson.Serialize(ToState());

    /// <summary>ln(P(reached stage | won) ÷ P(reached stage | lost)), Laplace-smoothed; every won deal reached every stage.</summary>
    private double StageLogLikelihoodRatio(int order)
    {
        var pWon = (table.Won + Smoothing) / (table.Won + 2 * Smoothing);
        var pLost = (table.LostReached(table.EffectiveStage(order)) + Smoothing) / (table.Lost + 2 * Smoothing);
        return Math.Log(pWon / pLost);
    }

    /// <summary>ln(P(value | won) ÷ P(value | lost)) with Laplace smoothing over the feature's values.</summary>
    private double CategoricalLogLikelihoodRatio(string feature, string value)
    {
        var counter = table.Find(feature, value);
        var k = bands.Cardinality(feature);
        var pWon = ((counter?.Won ?? 0) + Smoothing) / (table.Won + Smoothing * k);
        var pLost = ((counter?.Lost ?? 0) + Smoothing) / (table.Lost + Smoothing * k);
        return Math.Log(pWon / pLost);
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
