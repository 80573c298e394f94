extern alias plugins;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Simulation;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;
using PluginModel = plugins::CrmSpm.Plugins.Model;
using RecalculateScorecardsPlugin = plugins::CrmSpm.Plugins.Steps.RecalculateScorecardsPlugin;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// Issue 4 §6: the nightly recompute (custom API crmspm_RecalculateScorecards, asynchronous) over 1,000 reps in 10
/// teams and 100,000 deals with about 1,000,000 completed activities, in the embedded org. The activities are seeded
/// as rows of their tables (which the recompute reads) and as the deals' touch logs (the cache it rewrites only where
/// it differs). Target ≤ 60 s.
/// One cold run per launch (the first run writes everything; a rerun writes only what changed): see docs/performance.md.
/// </summary>
[Config(typeof(InProcessSingleShotConfig))]
public class FullRecomputeBenchmark
{
    private const int Teams = 10;

    private EmbeddedOrganization _org = null!;

    [IterationSetup]
    public void SeedOrg()
    {
        var options = new GeneratorOptions { Seed = 2026, Reps = 1000, OpportunitiesPerRep = 100, ActivityDensity = 1.6 };
        var generated = new SalesOrgGenerator(options).Generate();
        var time = new ManualTimeProvider(new DateTimeOffset(options.Now));
        _org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = time });
        _org.DefineAlternateKey(PluginModel.ScorecardColumns.EntityName, PluginModel.ScorecardColumns.Key);
        _org.DefineAlternateKey(PluginModel.ModelStateColumns.EntityName, PluginModel.ModelStateColumns.TeamKey);
        var plugin = new RecalculateScorecardsPlugin(new plugins::CrmSpm.Core.Time.FixedClock(options.Now));
        foreach (var step in plugin.Steps)
        {
            _org.RegisterStep(new StepRegistration { Message = step.Message, Stage = PipelineStage.PostOperation, Mode = StepMode.Asynchronous, Plugin = plugin });
        }

        var teams = Enumerable.Range(0, Teams).Select(t => _org.CreateBusinessUnit("Team " + t)).ToArray();
        var teamOfRep = new Dictionary<string, Guid>();
        for (var i = 0; i < generated.Reps.Count; i++)
        {
            var rep = generated.Reps[i];
            teamOfRep[rep.Id] = teams[i % Teams];
            _org.Seed(new Entity(PluginModel.SystemUserColumns.EntityName, GeneratedDealRows.IdOf(rep.Id))
            {
                [PluginModel.SystemUserColumns.FullName] = rep.Name,
                [PluginModel.SystemUserColumns.BusinessUnitId] = new EntityReference(PluginModel.BusinessUnitColumns.EntityName, teams[i % Teams]),
                [PluginModel.SystemUserColumns.CreatedOn] = rep.StartDate,
            });
        }

        var touches = GeneratedDealRows.TouchesByDeal(generated);
        foreach (var deal in generated.Opportunities)
        {
            var dealTouches = touches.TryGetValue(deal.Id, out var t) ? t : new List<CrmSpm.Core.Model.Activity>();
            _org.Seed(GeneratedDealRows.ToRow(deal, dealTouches, teamOfRep[deal.OwnerId]));
            foreach (var touch in dealTouches)
            {
                _org.Seed(GeneratedDealRows.ToActivityRow(touch, deal.Id, deal.OwnerId));
            }
        }

        Console.WriteLine($"// Seeded {generated.Reps.Count:N0} reps, {generated.Opportunities.Count:N0} deals, {touches.Values.Sum(t => t.Count):N0} completed activity rows (and touch logs)");
    }

    [Benchmark]
    public long RecomputeEverything()
    {
        var request = new OrganizationRequest(PluginModel.MessageNames.RecalculateScorecards);
        request[PluginModel.MessageNames.ContinuationTokenParameter] = "";
        var counted = _org.Counters.Measure(() =>
        {
            _org.SystemService.Execute(request);
            _org.RunAsyncOperations();
        });
        var failed = _org.SystemJobs.Where(j => j.ErrorMessage != null).Select(j => j.ErrorMessage).FirstOrDefault();
        Console.WriteLine($"// Recompute: {counted.Calls:N0} calls, {counted.RowsRead:N0} rows read, {counted.RowsWritten:N0} rows written; "
            + $"{_org.RowCount(PluginModel.ScorecardColumns.EntityName):N0} scorecards; failure: {failed ?? "none"}");
        return counted.Calls;
    }
}
