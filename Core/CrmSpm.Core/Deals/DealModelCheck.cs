using System;
using System.Collections.Generic;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The deal model's held-out check, in time order (docs/scoring.md §6): each closed deal is predicted by a model of
/// the deals closed before it (prequential evaluation), then counted. The evidence weight w in
/// logit(p) = logit(prior) + w × shrink × Σ ln LR is the one of 0, 0.05, …, 1 with the lowest Brier score on
/// those predictions; the model has signal only when that Brier beats the running base rate's by more than
/// <see cref="Margin"/> standard errors of the paired difference. Otherwise w = 0: every deal gets the prior.
/// With fewer than <see cref="TimeOrderedFrom"/> closed deals each is predicted by the model of all the others instead
/// (leave-one-out), with the lower <see cref="LeaveOneOutMargin"/>.
/// </summary>
internal static class DealModelCheck
{
    /// <summary>Predictions needed before the check can say anything.</summary>
    public const int MinPredictions = 20;

    /// <summary>Closed deals counted before the first prediction.</summary>
    public const int MinTraining = 10;

    /// <summary>Only the latest predictions are checked, which bounds the cost on large orgs.</summary>
    public const int MaxPredictions = 2000;

    /// <summary>
    /// Closed deals from which the check is time-ordered. Below, each deal is predicted by the model of all the others
    /// (leave-one-out): a time split of a few dozen deals predicts only the last ones, from models of ten or twenty.
    /// </summary>
    public const int TimeOrderedFrom = 200;

    /// <summary>One-sided margin (about 95 %): w is picked on the same predictions, so the bar is high.</summary>
    public const double Margin = 1.645;

    /// <summary>
    /// Margin of the leave-one-out check (about 69 % one-sided), measured on the evaluation's generated orgs
    /// (docs/scoring.md, "Evaluation"): with 1.645, real signal in a team's latest 40 closed deals was found in one org
    /// of three, with 0.5 in all three; on data without signal it is then claimed in one or two orgs of three at 40–80
    /// deals, costing up to 0.014 in Brier score against the base rate.
    /// </summary>
    public const double LeaveOneOutMargin = 0.5;

    private const int WeightSteps = 20;

    /// <summary>
    /// The check over <paramref name="closedDeals"/>; <paramref name="templateCountsThem"/> says <paramref name="template"/>
    /// has counted exactly these deals (<see cref="DealModel.RebuildAndCalibrate"/>), so they need not be counted again.
    /// </summary>
    public static DealModelCalibration Run(DealModel template, IEnumerable<DealFeatures> closedDeals, bool templateCountsThem = false)
    {
        var closed = new List<DealFeatures>((closedDeals as IReadOnlyCollection<DealFeatures>)?.Count ?? 0);
        foreach (var deal in closedDeals ?? new DealFeatures[0])
        {
            if (deal != null && deal.Outcome != Model.OpportunityStatus.Open)
            {
                closed.Add(deal);
            }
        }

        if (closed.Count < TimeOrderedFrom)
        {
            closed.Sort(CloseOrder);
            return LeaveOneOut(template.EmptyCopy(), closed);
        }

        var predictions = templateCountsThem ? TimeOrdered(template.CountedCopy(), closed, counted: true) : TimeOrdered(template.EmptyCopy(), closed);
        return Decide(predictions.Priors, predictions.Evidence, predictions.Outcomes, Margin);
    }

    /// <summary>
    /// Each of the latest closed deals (all but the first <see cref="MinTraining"/>, at most <see cref="MaxPredictions"/>)
    /// predicted by <paramref name="model"/> of the deals closed before it, in <see cref="CloseOrder"/>; the model is empty,
    /// or has <paramref name="counted"/> exactly <paramref name="closed"/>.
    /// </summary>
    internal static HeldOutPredictions TimeOrdered(DealModel model, List<DealFeatures> closed, bool counted = false)
    {
        // Counts do not depend on the order deals are added in (whole numbers, see DealFrequencyTable), so the deals
        // counted before the first prediction are added as they come, and only the latest are sorted: the same
        // predictions as sorting all of them, without sorting tens of thousands (docs/performance.md).
        var predicted = Latest(closed, closed.Count - Math.Max(MinTraining, closed.Count - MaxPredictions));
        for (var i = 0; !counted && i < closed.Count; i++)
        {
            model.Add(closed[i]);
        }

        foreach (var deal in predicted)
        {
            model.Remove(deal);
        }

        var result = new HeldOutPredictions(predicted.Count);
        foreach (var deal in predicted)
        {
            model.Evidence(deal, out var priorLogit, out var sum);
            result.Priors.Add(priorLogit);
            result.Evidence.Add(sum);
            result.Outcomes.Add(deal.Outcome == Model.OpportunityStatus.Won ? 1 : 0);
            model.Add(deal);
        }

        return result;
    }

    /// <summary>Close date, then id: the order must not depend on input order.</summary>
    internal static int CloseOrder(DealFeatures a, DealFeatures b)
    {
        var byDate = Nullable.Compare(a.ClosedOn, b.ClosedOn);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.OpportunityId, b.OpportunityId);
    }

    /// <summary>
    /// The last <paramref name="count"/> of <paramref name="deals"/> in <see cref="CloseOrder"/>, in that order: the deals
    /// closed on or after the count-th latest close instant (found by sorting plain numbers), then sorted.
    /// </summary>
    private static List<DealFeatures> Latest(List<DealFeatures> deals, int count)
    {
        var ticks = new long[deals.Count];
        for (var i = 0; i < ticks.Length; i++)
        {
            // No close date sorts first, as Nullable.Compare puts null first.
            ticks[i] = deals[i].ClosedOn?.Ticks ?? -1;
        }

        Array.Sort(ticks);
        var from = ticks[ticks.Length - count];
        var latest = new List<DealFeatures>(count);
        foreach (var deal in deals)
        {
            if ((deal.ClosedOn?.Ticks ?? -1) >= from)
            {
                latest.Add(deal);
            }
        }

        latest.Sort(CloseOrder);
        return latest.GetRange(latest.Count - count, count);
    }

    /// <summary>Each deal predicted by <paramref name="model"/> of all the other deals; the counts end as they started.</summary>
    private static DealModelCalibration LeaveOneOut(DealModel model, List<DealFeatures> deals)
    {
        foreach (var deal in deals)
        {
            model.Add(deal);
        }

        var priors = new List<double>(deals.Count);
        var evidence = new List<double>(deals.Count);
        var outcomes = new List<double>(deals.Count);
        foreach (var deal in deals)
        {
            model.Remove(deal);
            model.Evidence(deal, out var priorLogit, out var sum);
            priors.Add(priorLogit);
            evidence.Add(sum);
            outcomes.Add(deal.Outcome == Model.OpportunityStatus.Won ? 1 : 0);
            model.Add(deal);
        }

        return Decide(priors, evidence, outcomes, LeaveOneOutMargin);
    }

    private static DealModelCalibration Decide(List<double> priors, List<double> evidence, List<double> outcomes, double margin)
    {
        var n = outcomes.Count;
        var result = new DealModelCalibration { Signal = DealModelSignal.NotEnoughSignal, Predictions = n };
        if (n < MinPredictions)
        {
            return result;
        }

        double bestBrier = double.MaxValue, bestWeight = 0;
        for (var step = 0; step <= WeightSteps; step++)
        {
            var weight = (double)step / WeightSteps;
            double brier = 0;
            for (var i = 0; i < n; i++)
            {
                var error = DealModel.Probability(priors[i] + weight * evidence[i]) - outcomes[i];
                brier += error * error;
            }

            if (brier < bestBrier - 1e-12)
            {
                bestBrier = brier;
                bestWeight = weight;
            }
        }

        double sum = 0, sumSquares = 0, baseBrier = 0;
        for (var i = 0; i < n; i++)
        {
            var baseError = DealModel.Probability(priors[i]) - outcomes[i];
            var modelError = DealModel.Probability(priors[i] + bestWeight * evidence[i]) - outcomes[i];
            var gain = baseError * baseError - modelError * modelError;
            sum += gain;
            sumSquares += gain * gain;
            baseBrier += baseError * baseError;
        }

        var mean = sum / n;
        var standardError = Math.Sqrt(Math.Max(0, sumSquares / n - mean * mean) / n);
        result.BaseRateBrier = baseBrier / n;
        result.HeldOutBrier = bestBrier / n;
        if (bestWeight > 0 && mean > margin * standardError)
        {
            result.Signal = DealModelSignal.Signal;
            result.EvidenceWeight = bestWeight;
        }

        return result;
    }
}

/// <summary>The held-out check's predictions: per deal, the prior's log-odds, the shrunk evidence and the outcome (1 won).</summary>
internal sealed class HeldOutPredictions
{
    public HeldOutPredictions(int capacity)
    {
        Priors = new List<double>(capacity);
        Evidence = new List<double>(capacity);
        Outcomes = new List<double>(capacity);
    }

    public List<double> Priors { get; }

    public List<double> Evidence { get; }

    public List<double> Outcomes { get; }
}

/// <summary>The outcome of <see cref="DealModelCheck"/>.</summary>
internal sealed class DealModelCalibration
{
    public DealModelSignal Signal { get; set; }

    public double EvidenceWeight { get; set; }

    public int Predictions { get; set; }

    public double HeldOutBrier { get; set; }

    public double BaseRateBrier { get; set; }
}
