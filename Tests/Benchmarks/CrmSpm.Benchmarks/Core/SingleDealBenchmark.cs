using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Deals;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Scoring.Practices;
using CrmSpm.Core.Scoring.Tiers;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Benchmarks.Core;

/// <summary>
/// The plugin's save-path work for one deal of a rep with 500 open deals: build the deal's facts from its
/// activities, score it with a trained model, and run every deal rule. Target: well under 1 ms.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class SingleDealBenchmark
{
    private readonly ScoringProfile profile = ScoringProfile.Default;
    private DealFactsBuilder builder = new DealFactsBuilder(ScoringProfile.Default);
    private DealModel model = new DealModel(ScoringProfile.Default);
    private DealCoach coach = new DealCoach(ScoringProfile.Default);
    private TeamBenchmarks benchmarks = TeamBenchmarks.Empty;
    private Opportunity deal = new Opportunity();
    private List<Activity> activities = new List<Activity>();
    private DateTime now;

    [GlobalSetup]
    public void TrainOnAGeneratedOrg()
    {
        var options = new GeneratorOptions { Seed = 7, Reps = 20, OpportunitiesPerRep = 500 };
        now = options.Now;
        var org = new SalesOrgGenerator(options).Generate();
        var result = new ScoringEngine(profile, new FixedClock(now)).Score(org);
        model = result.DealModel!;
        benchmarks = result.Benchmarks;
        builder = new DealFactsBuilder(profile);
        coach = new DealCoach(profile);
        deal = org.Opportunities.First(o => o.IsOpen && org.Activities.Count(a => a.RegardingOpportunityId == o.Id) >= 5);
        activities = org.Activities.Where(a => a.RegardingOpportunityId == deal.Id).ToList();
    }

    [Benchmark]
    public int ScoreAndCoachOneDeal()
    {
        var facts = builder.Build(deal, activities, now);
        var score = model.Score(DealFeatureExtractor.From(facts, Tier.B));
        var coaching = coach.Evaluate(new DealRuleContext(facts, null, benchmarks, now));
        return score.Score + coaching.Tips.Count;
    }
}
