using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Simulation;
using CrmSpm.Core.Time;

namespace CrmSpm.Benchmarks.Core;

/// <summary>
/// Full scoring of a generated org of 1,000 reps, 100,000 opportunities and about 1,000,000 activities,
/// against a baseline that only reads the same data once (the memory-bound floor). The ratio
/// FullScoring ÷ ReadOnce is what docs/performance.md reports. The engine is single-threaded, so this is
/// the one-core figure. Run: see docs/performance.md.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class CoreScoringBenchmark
{
    private OrgSnapshot snapshot = new OrgSnapshot();
    private ScoringEngine engine = new ScoringEngine(ScoringProfile.Default, SystemClock.Instance);
    private readonly List<double> cpuPerCall = new List<double>();

    [GlobalSetup]
    public void GenerateOrg()
    {
        var options = new GeneratorOptions { Seed = 2026, Reps = 1000, OpportunitiesPerRep = 100, ActivityDensity = 1.6 };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        snapshot = new SalesOrgGenerator(options).Generate();
        var inputBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        engine = new ScoringEngine(ScoringProfile.Default, new FixedClock(options.Now));
        Console.WriteLine($"// Input: {snapshot.Reps.Count:N0} reps, {snapshot.Opportunities.Count:N0} opportunities, "
            + $"{snapshot.Activities.Count:N0} activities, {inputBytes / 1_000_000:N0} MB on the heap");
    }

    /// <summary>
    /// Prints the process CPU time of the last three <see cref="FullScoring"/> calls, BenchmarkDotNet's measured
    /// iterations. On a shared, loaded machine wall time also counts the time other processes held the core;
    /// CPU time does not (it does include the GC's background thread during the call).
    /// </summary>
    [GlobalCleanup(Target = nameof(FullScoring))]
    public void ReportCpuTime()
    {
        var measured = cpuPerCall.Skip(Math.Max(0, cpuPerCall.Count - 3)).ToList();
        Console.WriteLine($"// FullScoring CPU time per call (last {measured.Count} of {cpuPerCall.Count} calls): "
            + string.Join(", ", measured.Select(ms => ms.ToString("N0") + " ms")));
    }

    /// <summary>Reads every field scoring reads, once, and does the least possible with it.</summary>
    [Benchmark(Baseline = true)]
    public long ReadOnce()
    {
        long checksum = 0;
        foreach (var rep in snapshot.Reps)
        {
            checksum += rep.Id.Length + rep.StartDate.Ticks + (long)rep.TerritorySize + rep.Quotas.Count + rep.ForecastCommits.Count;
        }

        foreach (var deal in snapshot.Opportunities)
        {
            checksum += deal.Id.Length + deal.OwnerId.Length + deal.Stage.Length + (long)deal.Amount + deal.CreatedOn.Ticks
                + (deal.EstimatedCloseDate?.Ticks ?? 0) + (deal.ActualCloseDate?.Ticks ?? 0) + (int)deal.Status + (deal.NextStep?.Length ?? 0)
                + deal.ContactsEngaged + (deal.AccountId?.Length ?? 0);
            // Index loops: foreach over an IList<T> would box an enumerator per deal and bill the floor for it.
            for (var i = 0; i < deal.StageHistory.Count; i++)
            {
                checksum += deal.StageHistory[i].EnteredOn.Ticks + deal.StageHistory[i].Stage.Length;
            }

            for (var i = 0; i < deal.CloseDateChanges.Count; i++)
            {
                checksum += deal.CloseDateChanges[i].ChangedOn.Ticks;
            }
        }

        foreach (var activity in snapshot.Activities)
        {
            checksum += activity.Id.Length + (activity.RegardingOpportunityId?.Length ?? 0) + activity.TouchedOn.Ticks
                + (int)activity.Kind + (int)activity.Status + (activity.ContactId?.Length ?? 0);
        }

        return checksum;
    }

    /// <summary>The whole engine: adoption, outcomes, tiers, practices, behaviour, deal model, tips, queue.</summary>
    [Benchmark]
    public ScoringResult FullScoring()
    {
        // Reading the process CPU time costs well under a millisecond against a half-second call.
        var before = ProcessCpuMilliseconds();
        var result = engine.Score(snapshot);
        cpuPerCall.Add(ProcessCpuMilliseconds() - before);
        return result;
    }

    private static double ProcessCpuMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
