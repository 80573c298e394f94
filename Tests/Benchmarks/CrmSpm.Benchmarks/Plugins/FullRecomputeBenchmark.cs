extern alias plugins;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Simulation;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Pipeline;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.SnapshotRows;
using Microsoft.Xrm.Sdk;
using PluginModel = plugins::CrmSpm.Plugins.Model;
using Recalculation = plugins::CrmSpm.Plugins.Recalculation;
using RecalculateScorecardsPlugin = plugins::CrmSpm.Plugins.Steps.RecalculateScorecardsPlugin;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// The nightly recompute (custom API crmspm_RecalculateScorecards) over 1,000 reps in 10 teams and 100,000 deals with
/// about 1,000,000 completed activity rows, in the embedded org, with a simulated 10 ms per service call. The
/// scheduler's loop calls the API until its NextContinuationToken is empty. Printed: per execution the calls and the
/// simulated time (calls × 10 ms, plus the measured compute), the total calls, and the floor (the read pages of the
/// org standing's read and of one pass over the teams, plus the rows that changed). Targets: every execution under 2 minutes; total calls ≤ 1.1 × the floor.
/// One cold run per launch (the first run writes everything): see docs/performance.md.
/// </summary>
[Config(typeof(InProcessSingleShotConfig))]
public class FullRecomputeBenchmark
{
    private const int Teams = 10;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(10);

    private EmbeddedOrganization _org = null!;
    private DateTime _now;

    [IterationSetup]
    public void SeedOrg()
    {
        var options = new GeneratorOptions { Seed = 2026, Reps = 1000, OpportunitiesPerRep = 100, ActivityDensity = 1.6 };
        var generated = new SalesOrgGenerator(options).Generate();
        _now = options.Now;
        _org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(options.Now)) });
        // The strict org knows our tables only from the solution, as Dataverse does after an import.
        var plugin = new RecalculateScorecardsPlugin(new plugins::CrmSpm.Core.Time.FixedClock(options.Now), Recalculation.RecomputeTiming.SimulatedLatency(Latency));
        CrmSpm.PluginHost.EmbeddedOrgStepRegistrar.Install(_org, new plugins::CrmSpm.Plugins.Pipeline.PluginBase[] { plugin });

        var teams = Enumerable.Range(0, Teams).Select(t => _org.CreateBusinessUnit("Team " + t)).ToArray();
        var teamOfRep = new Dictionary<string, Guid>();
        for (var i = 0; i < generated.Reps.Count; i++)
        {
            var rep = generated.Reps[i];
            teamOfRep[rep.Id] = teams[i % Teams];
            _org.Seed(OrgRows.User(rep, teams[i % Teams], null));
        }

        var touches = DealRows.TouchesByDeal(generated);
        foreach (var deal in generated.Opportunities)
        {
            var dealTouches = touches.TryGetValue(deal.Id, out var t) ? t : new List<CrmSpm.Core.Model.Activity>();
            _org.Seed(DealRows.AsStanding(deal, dealTouches, teamOfRep[deal.OwnerId]));
            foreach (var touch in dealTouches)
            {
                _org.Seed(ActivityRows.AsStanding(touch, RowIds.For(deal.Id), RowIds.For(deal.OwnerId)));
            }
        }

        Console.WriteLine($"// Seeded {generated.Reps.Count:N0} reps, {generated.Opportunities.Count:N0} deals, {touches.Values.Sum(t => t.Count):N0} completed activity rows (and touch logs)");
    }

    [Benchmark]
    public long RecomputeEverything()
    {
        var token = "";
        var executions = new List<(long Calls, long Written, TimeSpan Compute, TimeSpan Cpu)>();
        var process = Process.GetCurrentProcess();
        var total = _org.Counters.Measure(() =>
        {
            do
            {
                var request = new OrganizationRequest(PluginModel.MessageNames.RecalculateScorecards) { [PluginModel.MessageNames.ContinuationTokenParameter] = token };
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                OrganizationResponse? response = null;
                var counted = _org.Counters.Measure(() => response = _org.SystemService.Execute(request));
                process.Refresh();
                executions.Add((counted.Calls - 1, counted.RowsWritten, watch.Elapsed, process.TotalProcessorTime - cpuBefore)); // - 1: the scheduler's own call
                token = (string)response!.Results[PluginModel.MessageNames.NextContinuationTokenParameter];
            }
            while (token.Length > 0);
        });

        foreach (var (e, i) in executions.Select((e, i) => (e, i)))
        {
            Console.WriteLine($"// Execution {i + 1}: {e.Calls:N0} calls = {Simulated(e.Calls).TotalSeconds:N1} s simulated; compute {e.Cpu.TotalSeconds:N1} s CPU ({e.Compute.TotalSeconds:N1} s wall); {e.Written:N0} rows written");
        }

        PrintCallsByKind();

        // The embedded org's own work (copying the rows it returns) is in the compute too: an upper bound of the plug-in's.
        var worst = executions.Max(e => Simulated(e.Calls) + e.Cpu);
        var worstWall = executions.Max(e => Simulated(e.Calls) + e.Compute);
        var calls = total.Calls - executions.Count;
        var healthRows = executions.Count;
        var changedRows = total.RowsWritten - healthRows;
        var onePassReads = OnePassReadPages();
        var standingReads = StandingReadPages();
        var floor = standingReads + onePassReads + changedRows;
        var floorWithoutStanding = onePassReads + changedRows;
        Console.WriteLine($"// Recompute: {executions.Count} executions, {calls:N0} calls ({total.RowsRead:N0} rows read, {total.RowsWritten:N0} rows written, {healthRows} of them health rows); "
            + $"{_org.RowCount(PluginModel.ScorecardColumns.EntityName):N0} scorecards; worst execution {worst.TotalSeconds:N1} s simulated + CPU, {worstWall.TotalSeconds:N1} s simulated + wall (limit 120 s)");
        Console.WriteLine($"// Floor: {standingReads:N0} read pages of the standing's org read + {onePassReads:N0} read pages of one pass over the teams + {changedRows:N0} changed rows (the standing row included) = {floor:N0}; "
            + $"calls / floor = {(double)calls / floor:N3} (target ≤ 1.1); without the standing's read in the floor: {floorWithoutStanding:N0}, {(double)calls / floorWithoutStanding:N3}");
        var standing = _org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(PluginModel.ModelStateColumns.EntityName)
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(PluginModel.ModelStateColumns.StandingJson),
            Criteria = { Conditions = { new Microsoft.Xrm.Sdk.Query.ConditionExpression(PluginModel.ModelStateColumns.TeamKey, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, Recalculation.StandingStore.TeamKey) } },
        }).Entities.Single().GetAttributeValue<string>(PluginModel.ModelStateColumns.StandingJson);
        Console.WriteLine($"// Org standing row: {standing.Length:N0} characters of JSON (column holds {PluginModel.ModelStateColumns.StandingJsonMaxLength:N0})");
        return calls;
    }

    /// <summary>Sums the "Calls by kind" line each execution traces, to show where the calls above the floor go.</summary>
    private void PrintCallsByKind()
    {
        const string Marker = "Calls by kind: ";
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in _org.Traces.SelectMany(t => t.Text.Split('\n')).Where(l => l.StartsWith(Marker, StringComparison.Ordinal)))
        {
            foreach (var pair in line.Substring(Marker.Length).TrimEnd('.', '\r').Split(", "))
            {
                var at = pair.LastIndexOf('=');
                sums[pair[..at]] = sums.GetValueOrDefault(pair[..at]) + long.Parse(pair[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        foreach (var kind in sums.OrderByDescending(k => k.Value))
        {
            Console.WriteLine($"// Calls by kind: {kind.Key,-40} {kind.Value,8:N0}");
        }
    }

    private static TimeSpan Simulated(long calls) => TimeSpan.FromTicks(Latency.Ticks * calls);

    /// <summary>
    /// The read pages the org standing needs, as the first execution reads it (the org's deals, cards and activity rows;
    /// the profile and users are counted in <see cref="OnePassReadPages"/>). Counted in the floor because no run can do
    /// without it: tiers are decided across the org before the first team is written, and the run needs several
    /// executions (its writes alone take over 4 minutes at 10 ms a call), so the teams written after the first
    /// execution are read again by theirs.
    /// </summary>
    private long StandingReadPages()
    {
        var counting = new plugins::CrmSpm.Plugins.Pipeline.CountingService(_org.SystemService);
        var teams = new Recalculation.TeamLoader(_org.SystemService).RepsByTeam();
        new Recalculation.StandingReader(counting).Read(teams, _now, CrmSpm.Core.Profile.ScoringProfile.Default.Windows.OutcomeDays);
        return counting.Reads;
    }

    /// <summary>The read pages of one pass over the org, as the recompute reads it: the profile, the users, and every team once.</summary>
    private long OnePassReadPages()
    {
        var counting = new plugins::CrmSpm.Plugins.Pipeline.CountingService(_org.SystemService);
        new plugins::CrmSpm.Plugins.Deals.ActiveProfileReader(counting).Read();
        var loader = new Recalculation.TeamLoader(counting);
        foreach (var team in loader.RepsByTeam())
        {
            loader.Load(team.Key, team.Value, _now, CrmSpm.Core.Profile.ScoringProfile.Default.Windows.OutcomeDays);
        }

        return counting.Reads;
    }
}
