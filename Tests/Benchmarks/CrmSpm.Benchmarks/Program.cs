using BenchmarkDotNet.Running;
using CrmSpm.Core.Evaluation;
using CrmSpm.Core.Profile;

// `-- evaluate` prints the deal-model evaluation (docs/scoring.md §6); anything else runs the benchmarks in this
// assembly (pass --filter to pick some). See docs/performance.md.
if (args.Length > 0 && args[0] == "evaluate")
{
    var seeds = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 6;
    Console.WriteLine(DealModelEvaluation.ToMarkdown(new DealModelEvaluation(ScoringProfile.Default).Run(seeds)));
    return;
}

// `-- org-cpu [rounds]` times the embedded org's two benchmarks in CPU time (see docs/performance.md).
if (args.Length > 0 && args[0] == "org-cpu")
{
    CrmSpm.Benchmarks.EmbeddedOrg.OrgCpuTime.Run(args.Length > 1 && int.TryParse(args[1], out var rounds) ? rounds : 3);
    return;
}

// `-- core-cpu [calls]` times full scoring and the read-once floor in CPU time, with a result fingerprint (see docs/performance.md).
if (args.Length > 0 && args[0] == "core-cpu")
{
    CrmSpm.Benchmarks.Core.CoreCpuTime.Run(args.Length > 1 && int.TryParse(args[1], out var calls) ? calls : 3);
    return;
}

// `-- core-alloc [calls]` samples what full scoring allocates, by type (see docs/performance.md).
if (args.Length > 0 && args[0] == "core-alloc")
{
    CrmSpm.Benchmarks.Core.CoreAllocations.Run(args.Length > 1 && int.TryParse(args[1], out var allocCalls) ? allocCalls : 3);
    return;
}

// `-- check-cpu [seeds]` times the deal model's held-out check on the evaluation's training sets (see docs/performance.md).
if (args.Length > 0 && args[0] == "check-cpu")
{
    CrmSpm.Benchmarks.Core.CheckCpuTime.Run(args.Length > 1 && int.TryParse(args[1], out var checkSeeds) ? checkSeeds : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
