using BenchmarkDotNet.Attributes;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Time;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Benchmarks.EmbeddedOrg;

// 100,000 creates through an empty pipeline (no steps registered), every metadata check on (columns, types,
// lengths, state pair, lookup target and existence). Target ≤ 1 s for all of them.
[ShortRunJob]
[MemoryDiagnoser]
public class CreateThroughPipelineBenchmark
{
    private const int Creates = 100_000;
    private EmbeddedOrganization _org = null!;
    private Guid _deal;

    [IterationSetup]
    public void NewOrg()
    {
        _org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)) });
        _deal = _org.Seed(new Entity("opportunity") { ["name"] = "Deal" });
    }

    [Benchmark(OperationsPerInvoke = 1)]
    public int HundredThousandCreates()
    {
        var service = _org.SystemService;
        var regarding = new EntityReference("opportunity", _deal);
        for (var i = 0; i < Creates; i++)
        {
            service.Create(new Entity("task") { ["subject"] = "Call", ["regardingobjectid"] = regarding });
        }

        return _org.RowCount("task");
    }
}
