using System.Diagnostics.Tracing;

namespace CrmSpm.Benchmarks.Core;

// `-- core-alloc [calls]`: what full scoring allocates, by type, sampled from the runtime's AllocationTick events
// (one event per about 100 KB allocated, naming the type that crossed the mark), over the calls after the first.
// What a run allocates and keeps, the garbage collector copies: this shows where to cut. See docs/performance.md.
internal static class CoreAllocations
{
    public static void Run(int calls)
    {
        var benchmark = new CoreScoringBenchmark();
        benchmark.GenerateOrg();
        benchmark.FullScoring();
        using var listener = new AllocationListener();
        for (var call = 0; call < calls; call++)
        {
            benchmark.FullScoring();
        }

        var total = listener.Bytes.Values.Sum();
        var small = listener.Bytes.Where(p => p.Key.StartsWith("SOH ", StringComparison.Ordinal)).Sum(p => p.Value);
        Console.WriteLine($"// Sampled allocations over {calls} calls: {total / 1_000_000.0 / calls:N1} MB per call, "
            + $"{small / 1_000_000.0 / calls:N1} MB of it small objects (SOH), the rest large (LOH)");
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{bytes / 1_000_000.0 / calls,8:N1} MB  {bytes * 100.0 / total,5:N1} %  {type}");
        }
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Bytes { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload == null)
            {
                return;
            }

            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            // Small objects fill generation 0 and trigger its collections (and get copied while alive); large ones
            // (85,000 bytes and up) go to the large object heap and are not copied.
            // https://learn.microsoft.com/dotnet/standard/garbage-collection/large-object-heap
            var kind = e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 ? Convert.ToInt32(e.Payload[k]) : -1;
            type = (kind == 1 ? "LOH " : "SOH ") + type;
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
