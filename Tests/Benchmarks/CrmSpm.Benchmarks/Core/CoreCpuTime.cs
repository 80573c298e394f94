using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;
using CrmSpm.Core.Time;

namespace CrmSpm.Benchmarks.Core;

// `-- core-cpu [calls]`: CoreScoringBenchmark's two methods timed in process CPU time as well as wall time, with the
// allocations, the collections and the GC's pause time of each call, and a fingerprint (SHA-256 of the whole result as
// JSON) so a speed change can show it left every number, tip and text the same. On the shared two-core machine
// BenchmarkDotNet's wall clock mostly measures the other engineers' load; CPU time tracks the code (still inflated by
// cache and frequency contention). Run it under `dotnet-trace collect` for a sampled profile. See docs/performance.md.
internal static class CoreCpuTime
{
    public static void Run(int calls)
    {
        var benchmark = new CoreScoringBenchmark();
        benchmark.GenerateOrg();
        for (var call = 1; call <= calls; call++)
        {
            var floor = Measure(() => benchmark.ReadOnce());
            Console.WriteLine($"ReadOnce    call {call}: {floor}");
        }

        ScoringResult? result = null;
        for (var call = 1; call <= calls; call++)
        {
            var scoring = Measure(() => result = benchmark.FullScoring());
            Console.WriteLine($"FullScoring call {call}: {scoring}");
        }

        Console.WriteLine($"Result fingerprint: {Fingerprint(result!)}");
    }

    /// <summary>SHA-256 of the result as JSON (doubles in their shortest round-trip form, so any bit of difference shows).</summary>
    public static string Fingerprint(ScoringResult result)
    {
        var options = new JsonSerializerOptions
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            ReferenceHandler = ReferenceHandler.IgnoreCycles,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(result, options);
        return $"{Convert.ToHexString(SHA256.HashData(json))[..16]} ({json.Length:N0} bytes of JSON)";
    }

    private static string Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var wall = Stopwatch.StartNew();
        action();
        wall.Stop();
        process.Refresh();
        return $"CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms, wall {wall.Elapsed.TotalMilliseconds:F0} ms, "
            + $"allocated {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1_000_000} MB, "
            + $"GCs {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}, "
            + $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms";
    }
}
