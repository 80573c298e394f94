using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmSpm.Core.Data;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Core.Evaluation;

/// <summary>
/// Reproducible evaluation of the deal model against two baselines (docs/scoring.md §6, "Evaluation"). For each
/// seed an org is generated; the "no signal" variant shuffles the won/lost outcomes among its closed deals, which
/// keeps every feature and the base rate but removes any link between them. For a training size n the cut-off T is
/// the close of the n-th closed deal (time order): the models learn from the n deals closed by T, then score the
/// deals open at T (as they stood at T, <see cref="PointInTime"/>) that closed later, against how they ended.
/// That is a brand-new org (<see cref="FirstClosed"/>), whose first closes are mostly quick losses; the
/// <see cref="LatestClosed"/> split is a team with n closed deals in its window: T is the close of the
/// <see cref="MaxTrainingSize"/>-th closed deal and the models learn from the n deals that closed last by T.
/// </summary>
public sealed class DealModelEvaluation
{
    private readonly ScoringProfile profile;
    private readonly DealFeatureBands bands;

    public DealModelEvaluation(ScoringProfile profile)
    {
        this.profile = profile ?? throw new ArgumentNullException(nameof(profile));
        bands = new DealFeatureBands(profile.Thresholds.AmountBands);
    }

    /// <summary>Training sizes evaluated, in closed deals.</summary>
    public static readonly int[] TrainingSizes = { 10, 40, 80, 200, 1000 };

    /// <summary>Split name: the models learn from the org's first n closed deals.</summary>
    public const string FirstClosed = "first n closed";

    /// <summary>Split name: the models learn from the n deals closed last before a cut-off with 1,000 closed deals behind it.</summary>
    public const string LatestClosed = "latest n closed";

    private const int MaxTrainingSize = 1000;

    /// <summary>Runs every dataset, size and model over <paramref name="seeds"/> generated orgs; rows are means over the seeds.</summary>
    public IReadOnlyList<EvaluationRow> Run(int seeds = 6, int testDeals = 400)
    {
        var samples = new List<EvaluationRow>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var org = GenerateOrg(seed);
            samples.AddRange(Evaluate(org, "signal", testDeals));
            samples.AddRange(Evaluate(WithoutSignal(org, seed), "no signal", testDeals));
        }

        return samples
            .GroupBy(r => new { r.Dataset, r.Training, r.TrainingSize, r.Model })
            .Select(g => new EvaluationRow
            {
                Dataset = g.Key.Dataset,
                Training = g.Key.Training,
                TrainingSize = g.Key.TrainingSize,
                Model = g.Key.Model,
                Auc = g.Average(r => r.Auc),
                Brier = g.Average(r => r.Brier),
                BaseRateBrier = g.Average(r => r.BaseRateBrier),
                TestDeals = g.Sum(r => r.TestDeals),
                SignalShare = g.Average(r => r.SignalShare),
                BrierGapError = StandardError(g.Select(r => r.Brier - r.BaseRateBrier).ToList()),
            })
            .OrderBy(r => r.Dataset, StringComparer.Ordinal).ThenBy(r => r.Training, StringComparer.Ordinal).ThenBy(r => r.TrainingSize).ThenBy(r => r.Model, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The generated org of one seed: 50 reps × 60 deals.</summary>
    public static OrgSnapshot GenerateOrg(int seed) => new SalesOrgGenerator(new GeneratorOptions { Seed = seed, Reps = 50, OpportunitiesPerRep = 60 }).Generate();

    /// <summary>A markdown table of <paramref name="rows"/>.</summary>
    public static string ToMarkdown(IReadOnlyList<EvaluationRow> rows)
    {
        var text = new StringBuilder();
        text.Append("| data | training | closed deals | model | ROC AUC | Brier | base-rate Brier | Brier − base (± 2 SE) | test deals | signal found |\n|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "| {0} | {8} | {1} | {2} | {3:0.000} | {4:0.0000} | {5:0.0000} | {9:+0.0000;−0.0000;0.0000} ± {10:0.0000} | {6} | {7} |\n",
                r.Dataset, r.TrainingSize, r.Model, r.Auc, r.Brier, r.BaseRateBrier, r.TestDeals,
                r.Model == "CrmSpm" ? (r.SignalShare * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "", r.Training,
                r.Brier - r.BaseRateBrier, 2 * r.BrierGapError));
        }

        return text.ToString();
    }

    private IEnumerable<EvaluationRow> Evaluate(OrgSnapshot org, string dataset, int testDeals)
    {
        var builder = new DealFactsBuilder(profile);
        var activities = org.Activities.Where(a => a.RegardingOpportunityId != null).ToLookup(a => a.RegardingOpportunityId!, StringComparer.Ordinal);
        var closed = ClosedInOrder(org);
        var firstStage = profile.Stages[0].Name;
        foreach (var split in new[] { FirstClosed, LatestClosed })
        foreach (var size in TrainingSizes)
        {
            var end = split == FirstClosed ? size : MaxTrainingSize;
            if (end >= closed.Count - 20)
            {
                continue;
            }

            var cutOff = closed[end - 1].ActualCloseDate!.Value;
            var training = Training(builder, closed, activities, end, size);
            var test = closed.Skip(end).Where(o => o.CreatedOn <= cutOff && o.ActualCloseDate!.Value > cutOff).Take(testDeals)
                .Select(o => new { Features = Features(builder.Build(PointInTime.Rewind(o, cutOff, firstStage)!, activities[o.Id], cutOff)), Won = o.Status == OpportunityStatus.Won })
                .ToList();
            if (test.Count < 20)
            {
                continue;
            }

            var outcomes = test.Select(t => t.Won).ToList();
            var baseRate = Math.Min(0.99, Math.Max(0.01, training.Count(d => d.Outcome == OpportunityStatus.Won) / (double)training.Count));
            var baseBrier = EvaluationMetrics.Brier(test.Select(_ => baseRate).ToList(), outcomes);

            var ours = new DealModel(profile);
            ours.Rebuild(training);
            ours.Calibrate(training);
            yield return Row(dataset, split, size, "CrmSpm", test.Select(t => ours.Score(t.Features).Probability).ToList(), outcomes, baseBrier, ours.Signal == DealModelSignal.Signal ? 1 : 0);

            foreach (var baseline in new IBaselineModel[] { new AddOneNaiveBayes(bands), new L2LogisticRegression(bands) })
            {
                baseline.Fit(training);
                var name = baseline is AddOneNaiveBayes ? "add-one naive Bayes" : "L2 logistic regression";
                yield return Row(dataset, split, size, name, test.Select(t => baseline.Predict(t.Features)).ToList(), outcomes, baseBrier, 0);
            }
        }
    }

    /// <summary>
    /// What the models learn from when a team has <paramref name="size"/> closed deals: the last of the org's first
    /// 1,000 closed deals (fewer in a small org), as they stood at mid-life (the <see cref="LatestClosed"/> split).
    /// </summary>
    public IReadOnlyList<DealFeatures> LatestTraining(OrgSnapshot org, int size)
    {
        var builder = new DealFactsBuilder(profile);
        var activities = org.Activities.Where(a => a.RegardingOpportunityId != null).ToLookup(a => a.RegardingOpportunityId!, StringComparer.Ordinal);
        var closed = ClosedInOrder(org);
        var end = Math.Min(MaxTrainingSize, closed.Count);
        return Training(builder, closed, activities, end, Math.Min(size, end));
    }

    private static List<Opportunity> ClosedInOrder(OrgSnapshot org) => org.Opportunities.Where(o => !o.IsOpen && o.ActualCloseDate.HasValue)
        .OrderBy(o => o.ActualCloseDate!.Value).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();

    /// <summary>The <paramref name="size"/> deals closed last of the first <paramref name="end"/>, as they stood at mid-life, labelled.</summary>
    private static List<DealFeatures> Training(DealFactsBuilder builder, List<Opportunity> closed, ILookup<string, Activity> activities, int end, int size)
    {
        var cutOff = closed[end - 1].ActualCloseDate!.Value;
        return closed.Skip(end - size).Take(size)
            .Select(o => DealFeatureExtractor.ForTraining(builder.BuildAtMidLife(o, activities[o.Id])!, builder.Build(o, activities[o.Id], cutOff), Tier.NotTiered)).ToList();
    }

    /// <summary>Standard error of the mean of <paramref name="values"/> (0 with fewer than two).</summary>
    private static double StandardError(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count);
    }

    private static EvaluationRow Row(string dataset, string split, int size, string model, List<double> forecasts, List<bool> outcomes, double baseBrier, double signal) => new EvaluationRow
    {
        Dataset = dataset,
        Training = split,
        TrainingSize = size,
        Model = model,
        Auc = EvaluationMetrics.Auc(forecasts, outcomes),
        Brier = EvaluationMetrics.Brier(forecasts, outcomes),
        BaseRateBrier = baseBrier,
        TestDeals = forecasts.Count,
        SignalShare = signal,
    };

    /// <summary>Features without the owner's tier: tiers are computed from the same outcomes and would leak them.</summary>
    private static DealFeatures Features(DealFacts facts) => DealFeatureExtractor.From(facts, Tier.NotTiered);

    /// <summary>The org with the won/lost outcomes of its closed deals shuffled (seeded): same features and base rate, no link between them.</summary>
    public static OrgSnapshot WithoutSignal(OrgSnapshot org, int seed)
    {
        var random = new Random(seed * 7919);
        var closed = org.Opportunities.Where(o => !o.IsOpen).ToList();
        var outcomes = closed.Select(o => o.Status).ToList();
        for (var i = outcomes.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            var t = outcomes[i]; outcomes[i] = outcomes[j]; outcomes[j] = t;
        }

        var byId = new Dictionary<string, OpportunityStatus>(StringComparer.Ordinal);
        for (var i = 0; i < closed.Count; i++)
        {
            byId[closed[i].Id] = outcomes[i];
        }

        var shuffled = org.Opportunities.Select(o =>
        {
            if (o.IsOpen)
            {
                return o;
            }

            var copy = o.Copy();
            copy.Status = byId[o.Id];
            return copy;
        }).ToList();
        return new OrgSnapshot { Reps = org.Reps, Opportunities = shuffled, Activities = org.Activities };
    }
}

/// <summary>One line of the evaluation: a model's mean scores at one training size on one kind of data.</summary>
public sealed class EvaluationRow
{
    public string Dataset { get; set; } = "";

    /// <summary>Which closed deals the models learn from: <see cref="DealModelEvaluation.FirstClosed"/> or <see cref="DealModelEvaluation.LatestClosed"/>.</summary>
    public string Training { get; set; } = "";

    public int TrainingSize { get; set; }

    public string Model { get; set; } = "";

    public double Auc { get; set; }

    public double Brier { get; set; }

    public double BaseRateBrier { get; set; }

    public int TestDeals { get; set; }

    /// <summary>Standard error over the seeds of the mean Brier − base-rate Brier: the noise the targets are read within.</summary>
    public double BrierGapError { get; set; }

    /// <summary>Share of runs in which the model's own check found signal (CrmSpm only).</summary>
    public double SignalShare { get; set; }
}
