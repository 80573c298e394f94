using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmSpm.Benchmarks.Plugins;

/// <summary>
/// The plugin benchmarks run in-process: no generated project to build (several engineers' benchmark builds share this
/// host's output folder), and the plugin assembly is loaded exactly as the tests load it.
/// </summary>
public sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>
/// One cold run, in-process: for the full recompute, whose first run is the one that writes everything. Its seeding
/// and dozens of executions outlast the in-process toolchain's default timeout on a loaded machine: an hour allowed.
/// </summary>
public sealed class InProcessSingleShotConfig : ManualConfig
{
    public InProcessSingleShotConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
