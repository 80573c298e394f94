using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The deal model's held-out check (docs/scoring.md §6). The evidence weight w in
/// logit(p) = logit(prior) + w × shrink × Σ ln LR is the one of 0, 0.05, …, 1 with the lowest Brier score on
/// held-out predictions; otherwise w = 0 and every deal gets the prior.
/// <list type="bullet">
/// <item>From <see cref="TimeOrderedFrom"/> closed deals, in time order: each deal is predicted by a model of the deals
/// closed before it (prequential evaluation), then counted; the model has signal when its Brier score beats the running
/// base rate's by more than <see cref="Margin"/> standard errors of the paired difference.</item>
/// <item>Below, leave-one-out: each deal is predicted by the model of all the others. The model has signal when w > 0,
/// its Brier score beats the base rate's, and it ranks the deals' outcomes (ROC AUC of the evidence) better than it does
/// for all but 5 % of <see cref="Permutations"/> shufflings of the same outcomes (a permutation test). The shuffles
/// measure what the check finds where there is nothing to find, leave-one-out's own bias included, which a fixed
/// margin in standard errors misjudged on a few dozen deals (docs/scoring.md §6, "The held-out check"). When every
/// feature's evidence finds no signal there, the stage's evidence alone is checked the same way
/// (<see cref="DealModelCalibration.StageOnly"/>): a few dozen deals cannot weigh a dozen feature values.</item>
/// </list>
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

    /// <summary>One-sided margin (about 95 %) of the time-ordered check: w is picked on the same predictions, so the bar is high.</summary>
    public const double Margin = 1.645;

    /// <summary>Shuffles of the permutation test: p = (1 + shuffles ranking at least as well) ÷ 200.</summary>
    public const int Permutations = 199;

    /// <summary>Largest p-value of the permutation test that counts as signal (one-sided 5 %).</summary>
    public const double PermutationLevel = 0.05;

    /// <summary>Seed of the shuffles, fixed so the same deals always get the same verdict.</summary>
    private const int PermutationSeed = 12_062_026;

    private const int WeightSteps = 20;

    /// <summary>The check over <paramref name="closedDeals"/>, with the settings of <paramref name="template"/>.</summary>
    public static DealModelCalibration Run(DealModel template, IEnumerable<DealFeatures> closedDeals)
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

        return TimeOrderedVerdict(TimeOrdered(template.EmptyCopy(), closed));
    }

    /// <summary>
    /// <see cref="Run"/> over <paramref name="closedDeals"/> (all closed), which <paramref name="template"/> has counted
    /// exactly (<see cref="DealModel.RebuildAndCalibrate(TrainingDeals)"/>): a copy of its counts is the time-ordered check's
    /// start, and only the deals it predicts become <see cref="DealFeatures"/> again.
    /// </summary>
    public static DealModelCalibration RunOnCounts(DealModel template, TrainingDeals closedDeals)
    {
        if (closedDeals.Count < TimeOrderedFrom)
        {
            return Run(template, closedDeals.ToList());
        }

        return TimeOrderedVerdict(Predict(template.CountedCopy(), Latest(closedDeals, PredictedCount(closedDeals.Count))));
    }

    /// <summary>Signal when the time-ordered predictions beat the running base rate by <see cref="Margin"/> standard errors.</summary>
    private static DealModelCalibration TimeOrderedVerdict(HeldOutPredictions predictions)
    {
        var fit = Fit(predictions);
        var calibration = fit.Calibration;
        if (fit.Weight > 0 && fit.MeanGain > Margin * fit.StandardError)
        {
            calibration.Signal = DealModelSignal.Signal;
            calibration.EvidenceWeight = fit.Weight;
        }

        return calibration;
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
        var predicted = Latest(TrainingDeals.From(closed), PredictedCount(closed.Count));
        for (var i = 0; !counted && i < closed.Count; i++)
        {
            model.Add(closed[i]);
        }

        return Predict(model, predicted);
    }

    /// <summary>Deals the time-ordered check predicts out of <paramref name="closed"/>: all but the first <see cref="MinTraining"/>, at most <see cref="MaxPredictions"/>.</summary>
    private static int PredictedCount(int closed) => closed - Math.Max(MinTraining, closed - MaxPredictions);

    /// <summary>
    /// Each of <paramref name="predicted"/> (in close order) predicted by <paramref name="model"/>, which has counted them
    /// and every deal closed before them, of the deals closed before it.
    /// </summary>
    private static HeldOutPredictions Predict(DealModel model, List<DealFeatures> predicted)
    {
        foreach (var deal in predicted)
        {
            model.Remove(deal);
        }

        var result = new HeldOutPredictions(predicted.Count);
        foreach (var deal in predicted)
        {
            result.Add(model, deal);
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
    /// closed on or after the count-th latest close instant (selected among plain numbers), then sorted.
    /// </summary>
    private static List<DealFeatures> Latest(TrainingDeals deals, int count)
    {
        var ticks = new long[deals.Count];
        for (var i = 0; i < ticks.Length; i++)
        {
            // No close date sorts first, as Nullable.Compare puts null first.
            ticks[i] = deals.ClosedOn(i)?.Ticks ?? -1;
        }

        var from = KthSmallest(ticks, ticks.Length - count);
        var latest = new List<DealFeatures>(count);
        for (var i = 0; i < deals.Count; i++)
        {
            if ((deals.ClosedOn(i)?.Ticks ?? -1) >= from)
            {
                latest.Add(deals[i]);
            }
        }

        latest.Sort(CloseOrder);
        return latest.GetRange(latest.Count - count, count);
    }

    /// <summary>
    /// The value at <paramref name="k"/> (from 0) were <paramref name="values"/> sorted, by Hoare's selection: it only
    /// partly orders them, which is all the threshold of <see cref="Latest"/> needs (a full sort of a large org's close
    /// dates was a fifth of the model's time).
    /// </summary>
    internal static long KthSmallest(long[] values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + ((right - left) / 2)];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    var swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }

            // Now values[left..j] <= pivot <= values[i..right], and anything between j and i equals the pivot.
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>
    /// Leave-one-out predictions, judged by the permutation test of their ROC AUC: first with every feature, then, when
    /// that finds no signal, with the stage alone (see <see cref="DealModelCalibration.StageOnly"/>).
    /// </summary>
    private static DealModelCalibration LeaveOneOut(DealModel model, List<DealFeatures> deals)
    {
        var predictions = LeaveOneOutPredictions(model, deals);
        var calibration = Judge(model, deals, predictions, stageOnly: false);
        return calibration.Signal == DealModelSignal.Signal ? calibration : Judge(model, deals, predictions, stageOnly: true);
    }

    /// <summary>The permutation test of one candidate's leave-one-out predictions.</summary>
    private static DealModelCalibration Judge(DealModel model, List<DealFeatures> deals, HeldOutPredictions predictions, bool stageOnly)
    {
        var fit = Fit(predictions, stageOnly);
        var calibration = fit.Calibration;
        if (calibration.Predictions < MinPredictions || fit.Weight <= 0 || fit.MeanGain <= 0)
        {
            return calibration;
        }

        // p = (1 + shuffles at least as good) ÷ (1 + shuffles): stop as soon as p cannot reach the level.
        var allowed = (int)Math.Floor(PermutationLevel * (Permutations + 1)) - 1;
        var random = new Random(PermutationSeed);
        var shuffled = deals.Select(Copy).ToList();
        var outcomes = deals.Select(d => d.Outcome).ToArray();
        var asGood = 0;
        for (var round = 0; round < Permutations && asGood <= allowed; round++)
        {
            for (var i = outcomes.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                var swap = outcomes[i];
                outcomes[i] = outcomes[j];
                outcomes[j] = swap;
            }

            for (var i = 0; i < shuffled.Count; i++)
            {
                shuffled[i].Outcome = outcomes[i];
            }

            if (Auc(LeaveOneOutPredictions(model, shuffled), stageOnly) >= fit.Auc)
            {
                asGood++;
            }
        }

        if (asGood <= allowed)
        {
            calibration.Signal = DealModelSignal.Signal;
            calibration.EvidenceWeight = fit.Weight;
            calibration.StageOnly = stageOnly;
        }

        return calibration;
    }

    /// <summary>Each deal predicted by <paramref name="model"/> (empty) of all the other deals; the model ends empty again.</summary>
    private static HeldOutPredictions LeaveOneOutPredictions(DealModel model, List<DealFeatures> deals)
    {
        foreach (var deal in deals)
        {
            model.Add(deal);
        }

        var predictions = new HeldOutPredictions(deals.Count);
        foreach (var deal in deals)
        {
            model.Remove(deal);
            predictions.Add(model, deal);
            model.Add(deal);
        }

        foreach (var deal in deals)
        {
            model.Remove(deal);
        }

        return predictions;
    }

    /// <summary>The weight with the lowest Brier score for the evidence of every feature (or the stage's alone), and its paired gain over the prior's.</summary>
    private static CheckFit Fit(HeldOutPredictions p, bool stageOnly = false)
    {
        var n = p.Outcomes.Count;
        var fit = new CheckFit();
        fit.Calibration.Predictions = n;
        if (n < MinPredictions)
        {
            return fit;
        }

        var evidence = stageOnly ? p.StageEvidence : p.Evidence;
        var bestBrier = BestWeight(p, evidence, out var bestWeight);
        double sum = 0, sumSquares = 0, baseBrier = 0;
        for (var i = 0; i < n; i++)
        {
            var baseError = DealModel.Probability(p.Priors[i]) - p.Outcomes[i];
            var modelError = DealModel.Probability(p.Priors[i] + bestWeight * evidence[i]) - p.Outcomes[i];
            var gain = baseError * baseError - modelError * modelError;
            sum += gain;
            sumSquares += gain * gain;
            baseBrier += baseError * baseError;
        }

        fit.Weight = bestWeight;
        fit.MeanGain = sum / n;
        fit.StandardError = Math.Sqrt(Math.Max(0, sumSquares / n - fit.MeanGain * fit.MeanGain) / n);
        fit.Calibration.HeldOutBrier = bestBrier / n;
        fit.Calibration.BaseRateBrier = baseBrier / n;
        fit.Auc = Auc(p, stageOnly);
        return fit;
    }

    /// <summary>ROC AUC of the evidence (every feature's, or the stage's alone) against the outcomes.</summary>
    private static double Auc(HeldOutPredictions p, bool stageOnly) =>
        RankAuc.Of(stageOnly ? p.StageEvidence : p.Evidence, p.Outcomes.Select(o => o > 0.5).ToList());

    /// <summary>The weight in 0, 0.05, …, 1 with the lowest summed squared error of <paramref name="evidence"/>, and that sum.</summary>
    private static double BestWeight(HeldOutPredictions p, List<double> evidence, out double bestWeight)
    {
        double bestBrier = double.MaxValue;
        bestWeight = 0;
        for (var step = 0; step <= WeightSteps; step++)
        {
            var weight = (double)step / WeightSteps;
            double brier = 0;
            for (var i = 0; i < evidence.Count; i++)
            {
                var error = DealModel.Probability(p.Priors[i] + weight * evidence[i]) - p.Outcomes[i];
                brier += error * error;
            }

            if (brier < bestBrier - 1e-12)
            {
                bestBrier = brier;
                bestWeight = weight;
            }
        }

        return bestBrier;
    }

    private static DealFeatures Copy(DealFeatures d) => new DealFeatures
    {
        OpportunityId = d.OpportunityId, ClosedOn = d.ClosedOn, Outcome = d.Outcome, StageName = d.StageName, StageOrder = d.StageOrder,
        DaysSinceTouch = d.DaysSinceTouch, ContactsEngaged = d.ContactsEngaged, ClosePushes = d.ClosePushes, Amount = d.Amount, OwnerTier = d.OwnerTier,
    };

    /// <summary>The chosen weight and what backs it; <see cref="Calibration"/> is the verdict without signal until a test grants it.</summary>
    private sealed class CheckFit
    {
        public DealModelCalibration Calibration { get; } = new DealModelCalibration { Signal = DealModelSignal.NotEnoughSignal };

        public double Weight { get; set; }

        public double MeanGain { get; set; }

        public double StandardError { get; set; }

        /// <summary>ROC AUC of the chosen evidence against the outcomes: how well the model ranks wins above losses.</summary>
        public double Auc { get; set; }
    }
}
