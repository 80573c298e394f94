using System.Diagnostics;

namespace CrmSpm.Benchmarks.EmbeddedOrg;

// `-- org-cpu [rounds]`: the two org benchmarks' own loops, timed in CPU time (Process.TotalProcessorTime) as well as
// wall time. On the shared two-core machine BenchmarkDotNet's wall clock mostly measures the other engineers' load;
// the process's CPU time tracks the code (still inflated by cache and frequency contention). See
// docs/performance.md.
internal static class OrgCpuTime
{
    public static void Run(int rounds)
    {
        var creates = new CreateThroughPipelineBenchmark();
        for (var round = 1; round <= rounds; round++)
        {
            creates.NewOrg();
            var (wall, cpu, bytes) = Measure(() => creates.HundredThousandCreates());
            Console.WriteLine($"100,000 creates, round {round}: CPU {cpu.TotalMilliseconds:F0} ms, wall {wall.TotalMilliseconds:F0} ms, allocated {bytes / 1_000_000} MB");
        }

        var query = new LookupQueryBenchmark();
        query.Seed();
        const int Queries = 1_000;
        for (var round = 1; round <= rounds; round++)
        {
            var (wall, cpu, bytes) = Measure(() =>
            {
                for (var i = 0; i < Queries; i++)
                {
                    query.RetrieveMultipleByLookup();
                }
            });
            Console.WriteLine($"lookup query over 1,000,000 rows, round {round}: CPU {cpu.TotalMilliseconds * 1000 / Queries:F1} µs, wall {wall.TotalMilliseconds * 1000 / Queries:F1} µs, allocated {bytes / Queries / 1000} KB per query");
        }
    }

    private static (TimeSpan Wall, TimeSpan Cpu, long Bytes) Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        action();
        wall.Stop();
        process.Refresh();
        return (wall.Elapsed, process.TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }
}
