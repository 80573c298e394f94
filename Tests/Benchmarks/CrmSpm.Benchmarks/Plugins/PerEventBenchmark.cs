extern alias plugins;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using P = plugins::CrmSpm;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// Compute per event for a rep with 500 open deals (target ≤ 1 ms), CrmSpm's activity step against a
/// naive step that re-queries the rep's whole history. Both run against <see cref="ReplayService"/>, so the figures
/// are the steps' own compute; their round trips and rows read are printed once per run.
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
public class PerEventBenchmark
{
    private const int OpenDeals = 500;

    private ReplayService _incrementalService = null!;
    private ReplayService _naiveService = null!;
    private P.Core.Time.IClock _clock = null!;
    private Guid _repId;
    private Guid _dealId;
    private Guid _accountId = Guid.NewGuid();

    [GlobalSetup]
    public void Setup()
    {
        // A generated team of 20 reps (its closed deals train the model), then one rep given 500 open deals.
        var options = new GeneratorOptions { Seed = 7, Reps = 20, OpportunitiesPerRep = 120, ActivityDensity = 1.6 };
        var org = new SalesOrgGenerator(options).Generate();
        var now = options.Now;
        _clock = new P.Core.Time.FixedClock(now);
        var result = new ScoringEngine(ScoringProfile.Default, new FixedClock(now)).Score(org);
        var modelJson = result.DealModel!.ToJson();
        var profileJson = ScoringProfileJson.ToJson(ScoringProfile.Default);
        var team = Guid.NewGuid();
        _repId = GeneratedDealRows.IdOf(org.Reps[0].Id);

        var touches = GeneratedDealRows.TouchesByDeal(org);
        var rows = org.Opportunities.Select(d => GeneratedDealRows.ToRow(d, touches.TryGetValue(d.Id, out var t) ? t : new List<CrmSpm.Core.Model.Activity>(), team)).ToList();
        var open = rows.Where(r => r.GetAttributeValue<OptionSetValue>("statecode").Value == 0).ToList();
        var repDeals = Enumerable.Range(0, OpenDeals).Select(i => Reassigned(open[i % open.Count], _repId)).ToList();
        var repActivities = repDeals.SelectMany(d => Calls(d, _repId)).ToList();
        _dealId = repDeals[0].Id;
        Console.WriteLine($"// Rep with {repDeals.Count} open deals and {repActivities.Count:N0} completed activities; model of {result.DealModel.WonCount + result.DealModel.LostCount} closed deals");

        var joined = Joined(repDeals[0], modelJson, profileJson, result.Benchmarks.ToJson(), now);
        _incrementalService = new ReplayService(q => q.EntityName == "opportunity" ? new[] { Clone(joined) } : Array.Empty<Entity>());
        var profileRow = new Entity("crmspm_scoringprofile", Guid.NewGuid()) { ["crmspm_profilejson"] = profileJson };
        _naiveService = new ReplayService(q => q.EntityName switch
        {
            "opportunity" => repDeals,
            "phonecall" => repActivities,
            "crmspm_scoringprofile" => new[] { profileRow },
            _ => Array.Empty<Entity>(),
        });

        CrmSpmStep();
        Naive();
        Console.WriteLine($"// Round trips per event, triggering write excluded: CrmSpm {_incrementalService.Calls} ({_incrementalService.RowsRead} rows read), naive {_naiveService.Calls} ({_naiveService.RowsRead:N0} rows read)");
    }

    /// <summary>CrmSpm's activity step: one joined read, touch log, rescore, tips, writes.</summary>
    [Benchmark(Baseline = true)]
    public int? CrmSpmStep()
    {
        _incrementalService.Reset();
        var tracing = new SilentTracing();
        var refresher = new P.Plugins.Deals.DealRefresher(new P.Plugins.Deals.ActiveProfileReader(_incrementalService), new P.Plugins.Profiles.ProfileResolver(tracing),
            new P.Plugins.Deals.DealModelLoader(tracing), _incrementalService, new P.Plugins.Coaching.TipWriter(_incrementalService), new P.Plugins.Coaching.TipReader(_incrementalService), tracing);
        var service = new P.Plugins.Activities.ActivityEventService(new P.Plugins.Deals.DealContextReader(_incrementalService), refresher, _incrementalService, _clock, tracing);
        var touch = new P.Plugins.Activities.ActivityTouch
        {
            ActivityId = Guid.NewGuid(), Kind = P.Core.Model.ActivityKind.Call, IsCompleted = true, CompletedOn = _clock.UtcNow,
            Regarding = new EntityReference("opportunity", _dealId),
        };
        return service.OnSaved(touch)?.Score;
    }

    /// <summary>The naive step: the rep's whole history per event.</summary>
    [Benchmark]
    public int Naive()
    {
        _naiveService.Reset();
        return new NaiveActivityStep(_naiveService, _clock).OnCallLogged(_repId, _dealId, _accountId);
    }

    private static Entity Reassigned(Entity deal, Guid rep)
    {
        var copy = Clone(deal);
        copy.Id = Guid.NewGuid();
        copy["ownerid"] = new EntityReference("systemuser", rep);
        return copy;
    }

    private static IEnumerable<Entity> Calls(Entity deal, Guid rep)
    {
        var log = P.Plugins.Deals.TouchLog.Read(deal.GetAttributeValue<string>("crmspm_touchlog"));
        return log.Entries.Select(e => new Entity("phonecall", Guid.NewGuid())
        {
            ["regardingobjectid"] = new EntityReference("opportunity", deal.Id),
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["actualend"] = P.Plugins.Json.IsoDate.Read(e.On)!.Value,
            ["statecode"] = new OptionSetValue(1),
        });
    }

    private static Entity Joined(Entity deal, string modelJson, string profileJson, string benchmarksJson, DateTime now)
    {
        var row = Clone(deal);
        row["model.crmspm_statejson"] = new AliasedValue("crmspm_modelstate", "crmspm_statejson", modelJson);
        row["model.crmspm_benchmarks"] = new AliasedValue("crmspm_modelstate", "crmspm_benchmarks", benchmarksJson);
        row["profile.crmspm_profilejson"] = new AliasedValue("crmspm_scoringprofile", "crmspm_profilejson", profileJson);
        row["account.crmspm_lasttouchon"] = new AliasedValue("account", "crmspm_lasttouchon", now.AddDays(-30));
        row["parentaccountid"] = new EntityReference("account", Guid.NewGuid());
        return row;
    }

    private static Entity Clone(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id);
        foreach (var attribute in source.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }
}
