using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmSpm.Benchmarks.Core;

/// <summary>
/// One job: BenchmarkDotNet's short run (3 warm-ups, 3 iterations; the machine is shared), in process, so
/// no generated build folder exists that parallel benchmark runs of other areas could overwrite.
/// </summary>
internal sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
