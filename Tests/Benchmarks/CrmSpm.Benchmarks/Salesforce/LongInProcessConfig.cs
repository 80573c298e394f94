using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmSpm.Benchmarks.Salesforce;

/// <summary>
/// BenchmarkDotNet's short run in process (no generated project to build on a busy machine), with room for the
/// one-call-per-record variant, whose iterations outlast the in-process toolchain's default limit.
/// </summary>
internal sealed class LongInProcessConfig : ManualConfig
{
    public LongInProcessConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("ShortRun-InProcess"));
    }
}
