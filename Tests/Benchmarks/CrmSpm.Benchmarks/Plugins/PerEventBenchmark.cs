extern alias plugins;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;
using Microsoft.Xrm.Sdk;
using CrmSpm.SnapshotRows;
using P = plugins::CrmSpm;
using PluginModel = plugins::CrmSpm.Plugins.Model;

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
        _repId = RowIds.For(org.Reps[0].Id);

        var touches = DealRows.TouchesByDeal(org);
        var rows = org.Opportunities.Select(d => DealRows.AsStanding(d, touches.TryGetValue(d.Id, out var t) ? t : new List<CrmSpm.Core.Model.Activity>(), team)).ToList();
        var open = rows.Where(r => r.GetAttributeValue<OptionSetValue>(PluginModel.OpportunityColumns.StateCode).Value == PluginModel.OpportunityState.Open).ToList();
        var repDeals = Enumerable.Range(0, OpenDeals).Select(i => Reassigned(open[i % open.Count], _repId)).ToList();
        var repActivities = repDeals.SelectMany(d => Calls(d, _repId)).ToList();
        _dealId = repDeals[0].Id;
        Console.WriteLine($"// Rep with {repDeals.Count} open deals and {repActivities.Count:N0} completed activities; model of {result.DealModel.WonCount + result.DealModel.LostCount} closed deals");

        var joined = Joined(repDeals[0], modelJson, profileJson, result.Benchmarks.ToJson(), now);
        _incrementalService = new ReplayService(q => q.EntityName == PluginModel.OpportunityColumns.EntityName ? new[] { Clone(joined) } : Array.Empty<Entity>());
        var profileRow = OrgRows.Profile(ScoringProfile.Default);
        _naiveService = new ReplayService(q => q.EntityName switch
        {
            PluginModel.OpportunityColumns.EntityName => repDeals,
            PluginModel.ActivityColumns.PhoneCall => repActivities,
            PluginModel.ScoringProfileColumns.EntityName => new[] { profileRow },
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
            Regarding = new EntityReference(PluginModel.OpportunityColumns.EntityName, _dealId),
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
        copy[PluginModel.OpportunityColumns.OwnerId] = new EntityReference(PluginModel.SystemUserColumns.EntityName, rep);
        return copy;
    }

    private static IEnumerable<Entity> Calls(Entity deal, Guid rep)
    {
        var log = P.Plugins.Deals.TouchLog.Read(deal.GetAttributeValue<string>(PluginModel.OpportunityColumns.TouchLog));
        return log.Entries.Select(e => new Entity(PluginModel.ActivityColumns.PhoneCall, Guid.NewGuid())
        {
            [PluginModel.ActivityColumns.RegardingObjectId] = new EntityReference(PluginModel.OpportunityColumns.EntityName, deal.Id),
            [PluginModel.ActivityColumns.OwnerId] = new EntityReference(PluginModel.SystemUserColumns.EntityName, rep),
            [PluginModel.ActivityColumns.ActualEnd] = P.Plugins.Json.IsoDate.Read(e.On)!.Value,
            [PluginModel.ActivityColumns.StateCode] = new OptionSetValue(PluginModel.ActivityState.Completed),
        });
    }

    private static Entity Joined(Entity deal, string modelJson, string profileJson, string benchmarksJson, DateTime now)
    {
        var row = Clone(deal);
        // The link aliases DealContextReader joins under.
        Join(row, "model", PluginModel.ModelStateColumns.EntityName, PluginModel.ModelStateColumns.StateJson, modelJson);
        Join(row, "model", PluginModel.ModelStateColumns.EntityName, PluginModel.ModelStateColumns.Benchmarks, benchmarksJson);
        Join(row, "profile", PluginModel.ScoringProfileColumns.EntityName, PluginModel.ScoringProfileColumns.ProfileJson, profileJson);
        Join(row, "account", PluginModel.AccountColumns.EntityName, PluginModel.AccountColumns.LastTouchOn, now.AddDays(-30));
        row[PluginModel.OpportunityColumns.ParentAccountId] = new EntityReference(PluginModel.AccountColumns.EntityName, Guid.NewGuid());
        return row;
    }

    private static void Join(Entity row, string alias, string table, string column, object value) =>
        row[alias + "." + column] = new AliasedValue(table, column, value);

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
