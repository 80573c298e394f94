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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
