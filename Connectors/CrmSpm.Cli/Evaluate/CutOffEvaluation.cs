using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Evaluation;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Cli.Evaluate;

/// <summary>
/// A time-ordered evaluation of the deal score on one org (docs/scoring.md, "Evaluation"): the models learn from the
/// deals closed by a cutoff, then score every deal that closed after it as it stood halfway through its life, against
/// how it ended. Both sides use Core's own training view of a closed deal (<see cref="MidLifeFeatures"/>, the one the
/// scoring run learns from: the deal rewound to mid-life, so no close date or close value is known); a test deal's
/// outcome is then cleared. The owner's tier is left out of the features: tiers come from the same outcomes and would
/// leak them. The baselines are Core's add-one naive Bayes and L2 logistic regression on the same features.
/// </summary>
public sealed class CutOffEvaluation
{
    /// <summary>Smallest training and test sets that give a figure worth printing.</summary>
    public const int MinimumDeals = 10;

    /// <summary>The learning curve's training sizes: the most recent closed deals before the cutoff.</summary>
    public static readonly int[] TrainingSizes = { 10, 40, 80, 200 };

    public const string Ours = "CrmSpm deal score";
    public const string NaiveBayes = "add-one naive Bayes";
    public const string Logistic = "L2 logistic regression";

    private readonly ScoringProfile profile;
    private readonly DealFeatureBands bands;
    private readonly DealFactsBuilder builder;

    public CutOffEvaluation(ScoringProfile profile)
    {
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
        bands = new DealFeatureBands(profile.Thresholds.AmountBands);
        builder = new DealFactsBuilder(profile);
    }

    /// <summary>The close of the last deal of the first two thirds of closed deals (time order): the last third is tested.</summary>
    public static DateTime DefaultCutOff(OrgSnapshot org)
    {
        var closed = Closed(org);
        if (closed.Count == 0)
        {
            throw new EvaluationDataException("There are no closed deals to evaluate on: the status or stage column says no deal was won or lost.");
        }

        var training = Math.Max(1, closed.Count - (closed.Count + 2) / 3);
        return closed[training - 1].ActualCloseDate!.Value;
    }

    /// <summary>Trains on the deals closed by <paramref name="cutOff"/> and tests on those closed after it.</summary>
    public EvaluationOutcome Run(OrgSnapshot org, DateTime cutOff)
    {
        ArgumentNullException.ThrowIfNull(org);
        var activities = org.Activities.Where(a => a.RegardingOpportunityId != null).ToLookup(a => a.RegardingOpportunityId!, StringComparer.Ordinal);
        var closed = Closed(org);
        var training = closed.Where(o => o.ActualCloseDate!.Value <= cutOff).Select(o => Features(o, activities[o.Id], cutOff)).ToList();
        var test = closed.Where(o => o.ActualCloseDate!.Value > cutOff)
            .Select(o => (Features: AsOpen(Features(o, activities[o.Id], o.ActualCloseDate!.Value)), Won: o.Status == OpportunityStatus.Won)).ToList();
        if (training.Count < MinimumDeals || test.Count < MinimumDeals)
        {
            throw new EvaluationDataException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "Not enough closed deals on each side of the cutoff {0:yyyy-MM-dd}: {1} closed by then and {2} after (at least {3} each are needed). Choose another --cutoff or import more history.",
                cutOff, training.Count, test.Count, MinimumDeals));
        }

        var outcomes = test.Select(t => t.Won).ToList();
        var features = test.Select(t => t.Features).ToList();
        var full = Fit(training, features, outcomes);
        var curve = TrainingSizes.Where(n => n <= training.Count)
            .Select(n => new CurvePoint(n, Fit(training.Skip(training.Count - n).ToList(), features, outcomes))).ToList();
        return new EvaluationOutcome(cutOff, training.Count, training.Count(d => d.Outcome == OpportunityStatus.Won), outcomes, full, curve);
    }

    /// <summary>Core's training features of a closed deal (mid-life, labelled), without the owner's tier.</summary>
    private DealFeatures Features(Opportunity deal, IEnumerable<Activity> activities, DateTime asOf)
    {
        var own = activities.ToArray();
        return MidLifeFeatures.Build(builder, deal, new ArraySegment<Activity>(own), builder.Build(deal, own, asOf));
    }

    /// <summary>A test deal as it looked while open: the outcome and the close cleared, so nothing downstream can read them.</summary>
    private static DealFeatures AsOpen(DealFeatures features)
    {
        features.Outcome = OpportunityStatus.Open;
        features.ClosedOn = null;
        return features;
    }

    /// <summary>Each model fitted on <paramref name="training"/> and its forecasts for the test deals, with the base rate last.</summary>
    private List<ModelForecasts> Fit(IReadOnlyList<DealFeatures> training, IReadOnlyList<DealFeatures> test, IReadOnlyList<bool> outcomes)
    {
        var ours = new DealModel(profile);
        ours.Rebuild(training);
        ours.Calibrate(training);
        var naiveBayes = new AddOneNaiveBayes(bands);
        naiveBayes.Fit(training);
        var logistic = new L2LogisticRegression(bands);
        logistic.Fit(training);
        var baseRate = Math.Min(0.99, Math.Max(0.01, training.Count(d => d.Outcome == OpportunityStatus.Won) / (double)training.Count));
        return new List<ModelForecasts>
        {
            ModelForecasts.Of(Ours, test.Select(f => ours.Score(f).Probability).ToList(), outcomes),
            ModelForecasts.Of(NaiveBayes, test.Select(naiveBayes.Predict).ToList(), outcomes),
            ModelForecasts.Of(Logistic, test.Select(logistic.Predict).ToList(), outcomes),
            ModelForecasts.Of(BaseRateName(baseRate), test.Select(_ => baseRate).ToList(), outcomes),
        };
    }

    public static string BaseRateName(double rate) => "base rate (" + Math.Round(rate * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + " % won)";

    private static List<Opportunity> Closed(OrgSnapshot org) => org.Opportunities
        .Where(o => o != null && !o.IsOpen && o.ActualCloseDate.HasValue)
        .OrderBy(o => o.ActualCloseDate!.Value).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
}

/// <summary>One model's probabilities for the test deals, with its ROC AUC and Brier score.</summary>
public sealed record ModelForecasts(string Model, IReadOnlyList<double> Forecasts, double Auc, double Brier)
{
    public static ModelForecasts Of(string model, IReadOnlyList<double> forecasts, IReadOnlyList<bool> outcomes) =>
        new(model, forecasts, EvaluationMetrics.Auc(forecasts, outcomes), EvaluationMetrics.Brier(forecasts, outcomes));
}

/// <summary>The models trained on the <paramref name="TrainingSize"/> most recent deals closed before the cutoff.</summary>
public sealed record CurvePoint(int TrainingSize, IReadOnlyList<ModelForecasts> Models);

/// <summary>The evaluation: the cutoff, the training set's size and wins, the test outcomes, each model's forecasts (base rate last) and the learning curve.</summary>
public sealed record EvaluationOutcome(DateTime CutOff, int TrainingDeals, int TrainingWon, IReadOnlyList<bool> Outcomes, IReadOnlyList<ModelForecasts> Models, IReadOnlyList<CurvePoint> Curve)
{
    public int TestWon => Outcomes.Count(o => o);
}

/// <summary>The data cannot support an evaluation (too few closed deals): exit code 1.</summary>
public sealed class EvaluationDataException : Exception
{
    public EvaluationDataException(string message)
        : base(message)
    {
    }
}
